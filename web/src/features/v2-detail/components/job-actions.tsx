import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { V2_TERMINABLE_PHASES, v2Endpoints } from '@console/shared';
import { RoleNote } from '../../../components/role-note.js';
import { mayStopJobOf, notYoursNote, useMe } from '../../../lib/job-owner.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteV2Job, useTerminateV2Job } from '../api/v2-job.js';
import { paths } from '../../../config/paths.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/**
 * Terminate (while creating, pending or running) and Delete, each behind a confirmation, as the
 * user's role allows (a note says why one is missing).
 */
export function V2JobActions({
  jobId,
  name,
  phase,
  creator,
  children,
}: {
  /** More actions, shown first (e.g. "Save as algorithm"). */
  children?: ReactNode;
  jobId: string;
  name: string;
  phase: string;
  /** Who started it through this console (its annotation); null when not through it. */
  creator: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const terminate = useTerminateV2Job(jobId);
  const remove = useDeleteV2Job(jobId);
  const perms = usePermissions();
  const me = useMe();
  // an operator stops only their own jobs (the BFF refuses the others too)
  const mayStop = perms.can(v2Endpoints.jobAction);
  const notMine = mayStop && !mayStopJobOf(perms.role, me.user, creator);
  const active = V2_TERMINABLE_PHASES.has(phase);

  const confirmTerminate = () =>
    modals.openConfirmModal({
      title: t('Terminate job {{name}}?', { name }),
      children: (
        <Text size="sm">
          {t('Every task is stopped. Logs and outputs written so far are kept.')}
        </Text>
      ),
      labels: { confirm: t('Terminate'), cancel: t('Cancel') },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        terminate.mutate(undefined, {
          onSuccess: () =>
            notifications.show({ color: 'orange', title: t('Terminating'), message: name }),
          onError: (error) =>
            notifyError(t('Could not terminate the job'), error, { autoClose: 10_000 }),
        }),
    });

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('Delete job {{name}}?', { name }),
      children: (
        <Text size="sm">
          {t('The job and its logs are removed. A running job is stopped first.')}
        </Text>
      ),
      labels: { confirm: t('Delete'), cancel: t('Cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              title: t('Job deleted'),
              message: t('{{name}} was deleted.', { name }),
            });
            navigate(paths.jobs.href());
            remove.forget();
          },
          onError: (error) =>
            notifyError(t('Could not delete the job'), error, { autoClose: 10_000 }),
        }),
    });

  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {children}
        {perms.can(v2Endpoints.createJob) && (
          <Button
            component={Link}
            to={paths.v2CreateJob.href(jobId)}
            variant="light"
            title={t("Open the create form filled in with this job's settings (rerun)")}
          >
            {t('Copy')}
          </Button>
        )}
        {active && mayStop && !notMine && (
          <Button
            color="orange"
            variant="light"
            onClick={confirmTerminate}
            loading={terminate.isPending}
          >
            {t('Terminate')}
          </Button>
        )}
        {perms.can(v2Endpoints.deleteJob) && (
          <Button color="red" variant="light" onClick={confirmDelete} loading={remove.isPending}>
            {t('Delete')}
          </Button>
        )}
      </Group>
      <RoleNote
        role={perms.role}
        verbs={perms.missing([
          [v2Endpoints.jobAction, 'terminate'],
          [v2Endpoints.deleteJob, 'delete'],
        ])}
        what={t('this job')}
      />
      {active && notMine && (
        <Text size="xs" c="dimmed" data-testid="owner-note">
          {notYoursNote(creator)}
        </Text>
      )}
    </Stack>
  );
}
