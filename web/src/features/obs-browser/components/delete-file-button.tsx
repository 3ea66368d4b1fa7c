import { Button, Code, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { OBS_API } from '@console/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { notifyError } from '../../../lib/notify-error.js';
import { obsKeys } from '../../../lib/obs/obs-queries.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** "Delete" → confirmation → DELETE the object; then `onDeleted` (the browser shows the folder). */
export function DeleteFileButton({ path, onDeleted }: { path: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => apiRequest(OBS_API.object, { method: 'DELETE', query: { path } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: obsKeys.all });
      onDeleted();
    },
    onError: (error) => notifyError(t('Could not delete the file'), error),
  });
  const confirm = () =>
    modals.openConfirmModal({
      title: t('Delete this file?'),
      children: (
        <Text size="sm">
          <Code>{path}</Code> {t('is removed from OBS. This cannot be undone.')}
        </Text>
      ),
      labels: { confirm: t('Delete'), cancel: t('Cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(),
    });
  return (
    <Button color="red" variant="light" size="xs" onClick={confirm} loading={remove.isPending}>
      {t('Delete')}
    </Button>
  );
}
