import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteTrainingJob } from '../api/delete-job.js';
import { paths } from '../../../config/paths.js';

/** "Delete" → confirmation dialog → DELETE the job → back to the list. */
export function DeleteJobButton({ jobId, jobName }: { jobId: number; jobName: string }) {
  const navigate = useNavigate();
  const deleteJob = useDeleteTrainingJob();

  const confirm = () =>
    modals.openConfirmModal({
      title: `Delete job ${jobName}?`,
      children: (
        <Text size="sm">
          The job, its versions and its logs are removed. A running job is stopped first.
        </Text>
      ),
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        deleteJob.mutate(jobId, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              title: 'Job deleted',
              message: `${jobName} was deleted.`,
            });
            navigate(paths.jobs.href());
          },
          onError: (error) => {
            notifyError('Could not delete the job', error);
          },
        }),
    });

  return (
    <Button color="red" variant="light" onClick={confirm} loading={deleteJob.isPending}>
      Delete
    </Button>
  );
}
