import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteConfig } from '../api/configs.js';

/** "Delete" → confirmation → DELETE the configuration; `onDeleted` runs afterwards. */
export function DeleteConfigButton({
  name,
  compact,
  onDeleted,
}: {
  name: string;
  compact?: boolean;
  onDeleted?: () => void;
}) {
  const remove = useDeleteConfig();
  const confirm = () =>
    modals.openConfirmModal({
      title: `Delete configuration ${name}?`,
      children: <Text size="sm">Jobs created from it are not affected.</Text>,
      labels: { confirm: 'Delete configuration', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(name, {
          onSuccess: () => {
            notifications.show({ color: 'green', title: 'Configuration deleted', message: name });
            onDeleted?.();
          },
          onError: (e) => {
            notifyError('Could not delete', e);
          },
        }),
    });
  return (
    <Button
      size={compact ? 'xs' : 'sm'}
      color="red"
      variant={compact ? 'subtle' : 'light'}
      onClick={confirm}
      loading={remove.isPending}
      aria-label={`Delete ${name}`}
    >
      Delete
    </Button>
  );
}
