import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { V2_TERMINABLE_PHASES, v2Endpoints } from '@console/shared';
import { RoleNote } from '../../../components/role-note.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { useNavigate } from 'react-router';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteV2Job, useTerminateV2Job } from '../api/v2-job.js';
import { paths } from '../../../config/paths.js';

/**
 * Terminate (while creating, pending or running) and Delete, each behind a confirmation, as the
 * user's role allows (a note says why one is missing).
 */
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
  const perms = usePermissions();

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
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {V2_TERMINABLE_PHASES.has(phase) && perms.can(v2Endpoints.jobAction) && (
          <Button
            color="orange"
            variant="light"
            onClick={confirmTerminate}
            loading={terminate.isPending}
          >
            Terminate
          </Button>
        )}
        {perms.can(v2Endpoints.deleteJob) && (
          <Button color="red" variant="light" onClick={confirmDelete} loading={remove.isPending}>
            Delete
          </Button>
        )}
      </Group>
      <RoleNote
        role={perms.role}
        verbs={perms.missing([
          [v2Endpoints.jobAction, 'terminate'],
          [v2Endpoints.deleteJob, 'delete'],
        ])}
        what="this job"
      />
    </Stack>
  );
}
