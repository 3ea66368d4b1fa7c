import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { V2_TERMINABLE_PHASES } from '@console/shared';
import { useNavigate } from 'react-router';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteV2Job, useTerminateV2Job } from '../api/v2-job.js';
import { paths } from '../../../config/paths.js';

/** Terminate (while creating, pending or running) and Delete, each behind a confirmation. */
export function V2JobActions({
  jobId,
  name,
  phase,
}: {
  jobId: string;
  name: string;
  phase: string;
}) {
  const navigate = useNavigate();
  const terminate = useTerminateV2Job(jobId);
  const remove = useDeleteV2Job(jobId);

  const confirmTerminate = () =>
    modals.openConfirmModal({
      title: `Terminate job ${name}?`,
      children: (
        <Text size="sm">Every task is stopped. Logs and outputs written so far are kept.</Text>
      ),
      labels: { confirm: 'Terminate', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        terminate.mutate(undefined, {
          onSuccess: () =>
            notifications.show({ color: 'orange', title: 'Terminating', message: name }),
          onError: (error) =>
            notifyError('Could not terminate the job', error, { autoClose: 10_000 }),
        }),
    });

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: `Delete job ${name}?`,
      children: (
        <Text size="sm">The job and its logs are removed. A running job is stopped first.</Text>
      ),
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              title: 'Job deleted',
              message: `${name} was deleted.`,
            });
            navigate(paths.jobs.href());
            remove.forget();
          },
          onError: (error) => notifyError('Could not delete the job', error, { autoClose: 10_000 }),
        }),
    });

  return (
    <Group gap="xs">
      {V2_TERMINABLE_PHASES.has(phase) && (
        <Button
          color="orange"
          variant="light"
          onClick={confirmTerminate}
          loading={terminate.isPending}
        >
          Terminate
        </Button>
      )}
      <Button color="red" variant="light" onClick={confirmDelete} loading={remove.isPending}>
        Delete
      </Button>
    </Group>
  );
}
