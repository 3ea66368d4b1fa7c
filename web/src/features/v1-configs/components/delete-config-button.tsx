import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { notifyError } from '../../../lib/notify-error.js';
import { useDeleteConfig } from '../api/configs.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

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
  const { t } = useTranslation();
  const remove = useDeleteConfig();
  const confirm = () =>
    modals.openConfirmModal({
      title: t('Delete configuration {{name}}?', { name }),
      children: <Text size="sm">{t('Jobs created from it are not affected.')}</Text>,
      labels: { confirm: t('Delete configuration'), cancel: t('Cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(name, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              title: t('Configuration deleted'),
              message: name,
            });
            onDeleted?.();
          },
          onError: (e) => {
            notifyError(t('Could not delete'), e);
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
      aria-label={t('Delete {{name}}', { name })}
    >
      {t('Delete')}
    </Button>
  );
}
