import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { v2Endpoints } from '@console/shared';
import { notifyError } from '../../../lib/notify-error.js';
import { usePermissions } from '../../../lib/use-permissions.js';
import { useEarlyStopTrial } from '../api/autosearch-queries.js';

/**
 * Stops a running trial (or skips a pending one) after confirmation; the search goes on. Absent
 * when the user's role may not change jobs (the job's page says so).
 */
export function EarlyStopButton({ jobId, trialId }: { jobId: string; trialId: string }) {
  const stop = useEarlyStopTrial(jobId);
  const allowed = usePermissions().can(v2Endpoints.earlyStopTrial);
  const confirm = () =>
    modals.openConfirmModal({
      title: `Stop trial ${trialId} early?`,
      children: (
        <Text size="sm">
          The trial ends now (status TERMINATED) and keeps what it reported; the search continues
          with the next trial.
        </Text>
      ),
      labels: { confirm: 'Stop trial', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        stop.mutate(trialId, {
          onSuccess: () =>
            notifications.show({
              color: 'orange',
              title: 'Trial stopped early',
              message: trialId,
            }),
          onError: (error) =>
            notifyError(`Could not stop trial ${trialId}`, error, { autoClose: 10_000 }),
        }),
    });
  if (!allowed) return null;
  return (
    <Button
      size="compact-xs"
      variant="light"
      color="orange"
      aria-label={`Stop early ${trialId}`}
      loading={stop.isPending}
      onClick={confirm}
    >
      Stop early
    </Button>
  );
}
