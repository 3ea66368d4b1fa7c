import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { v2Endpoints } from '@console/shared';
import { notifyError } from '../../../lib/notify-error.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { useEarlyStopTrial } from '../api/autosearch-queries.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/**
 * Stops a running trial (or skips a pending one) after confirmation; the search goes on. Absent
 * when the user's role may not change jobs (the job's page says so).
 */
export function EarlyStopButton({ jobId, trialId }: { jobId: string; trialId: string }) {
  const { t } = useTranslation();
  const stop = useEarlyStopTrial(jobId);
  const allowed = usePermissions().can(v2Endpoints.earlyStopTrial);
  const confirm = () =>
    modals.openConfirmModal({
      title: t('Stop trial {{trial}} early?', { trial: trialId }),
      children: (
        <Text size="sm">
          {t(
            'The trial ends now (status TERMINATED) and keeps what it reported; the search continues with the next trial.',
          )}
        </Text>
      ),
      labels: { confirm: t('Stop trial'), cancel: t('Cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        stop.mutate(trialId, {
          onSuccess: () =>
            notifications.show({
              color: 'orange',
              title: t('Trial stopped early'),
              message: trialId,
            }),
          onError: (error) =>
            notifyError(t('Could not stop trial {{trial}}', { trial: trialId }), error, {
              autoClose: 10_000,
            }),
        }),
    });
  if (!allowed) return null;
  return (
    <Button
      size="compact-xs"
      variant="light"
      color="orange"
      aria-label={t('Stop early {{trial}}', { trial: trialId })}
      loading={stop.isPending}
      onClick={confirm}
    >
      {t('Stop early')}
    </Button>
  );
}
