import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteTrainingJob } from '../api/delete-job.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** "Delete" → confirmation dialog → DELETE the job → back to the list. */
export function DeleteJobButton({ jobId, jobName }: { jobId: number; jobName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deleteJob = useDeleteTrainingJob();

  const confirm = () =>
    modals.openConfirmModal({
      title: t('Delete job {{name}}?', { name: jobName }),
      children: (
        <Text size="sm">
          {t('The job, its versions and its logs are removed. A running job is stopped first.')}
        </Text>
      ),
      labels: { confirm: t('Delete'), cancel: t('Cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        deleteJob.mutate(jobId, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              title: t('Job deleted'),
              message: t('{{name}} was deleted.', { name: jobName }),
            });
            navigate(paths.jobs.href());
          },
          onError: (error) => {
            notifyError(t('Could not delete the job'), error);
          },
        }),
    });

  return (
    <Button color="red" variant="light" onClick={confirm} loading={deleteJob.isPending}>
      {t('Delete')}
    </Button>
  );
}
