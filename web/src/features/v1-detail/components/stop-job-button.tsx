import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { v1StatusInfo } from '@console/shared';
import { notifyError } from '../../../lib/notify-error.js';
import { useStopVersion } from '../api/job-actions.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** Whether a version in this status can be stopped (queued or running). */
export function canStop(status: number): boolean {
  const bucket = v1StatusInfo(status).bucket;
  return bucket === 'pending' || bucket === 'running';
}

interface Props {
  jobId: number;
  versionId: number;
  versionName: string;
  status: number;
}

/** "Stop" → confirmation → POST …/stop; the status badge then shows Stopping → Stopped. */
export function StopJobButton({ jobId, versionId, versionName, status }: Props) {
  const { t } = useTranslation();
  const stop = useStopVersion(jobId, versionId);
  if (!canStop(status)) return null;
  const confirm = () =>
    modals.openConfirmModal({
      title: t('Stop {{version}}?', { version: versionName }),
      children: (
        <Text size="sm">{t('The running process is killed; its logs and outputs stay.')}</Text>
      ),
      labels: { confirm: t('Stop'), cancel: t('Cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        stop.mutate(undefined, {
          onError: (error) => {
            notifyError(t('Could not stop the job'), error);
          },
        }),
    });
  return (
    <Button color="orange" variant="light" onClick={confirm} loading={stop.isPending}>
      {t('Stop')}
    </Button>
  );
}
