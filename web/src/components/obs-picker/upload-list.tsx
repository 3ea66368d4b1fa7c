import { Button, Group, Paper, Progress, ScrollArea, Stack, Text } from '@mantine/core';
import { formatBytes } from '../../lib/obs/obs-paths.js';
import type { UploadItem } from '../../lib/obs/upload-queue.js';
import { msg } from '../../lib/i18n/msg.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

const STATUS_WORDS: Record<UploadItem['status'], string> = {
  queued: msg('Waiting'),
  uploading: msg('Uploading'),
  done: msg('Uploaded'),
  failed: msg('Failed'),
};

/** One line per file: name, progress bar and bytes; a failed file can be retried. */
export function UploadList({
  items,
  onRetry,
  onClearDone,
}: {
  items: readonly UploadItem[];
  onRetry: (id: number) => void;
  onClearDone: () => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const done = items.filter((i) => i.status === 'done').length;
  return (
    <Paper withBorder p="xs" radius="sm" component="section" aria-label={t('Uploads')}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {t('Uploads: {{done}} of {{total}} done', { done, total: items.length })}
        </Text>
        {done > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={onClearDone}>
            {t('Clear finished')}
          </Button>
        )}
      </Group>
      <ScrollArea.Autosize mah={160} type="auto">
        <Stack gap={6}>
          {items.map((it) => {
            const pct =
              it.size === 0 ? (it.status === 'done' ? 100 : 0) : (it.loaded / it.size) * 100;
            return (
              <div
                key={it.id}
                aria-label={t('Upload of {{file}}', { file: it.label })}
                role="group"
              >
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="xs" truncate="end" title={it.path}>
                    {it.label}
                  </Text>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" c={it.status === 'failed' ? 'red' : 'dimmed'}>
                      {t('{{status}} · {{loaded}} of {{size}}', {
                        status: t(STATUS_WORDS[it.status]),
                        loaded: formatBytes(it.loaded),
                        size: formatBytes(it.size),
                      })}
                    </Text>
                    {it.status === 'failed' && (
                      <Button size="compact-xs" variant="light" onClick={() => onRetry(it.id)}>
                        {t('Retry')}
                      </Button>
                    )}
                  </Group>
                </Group>
                <Progress
                  value={Math.min(100, pct)}
                  size="sm"
                  color={it.status === 'failed' ? 'red' : it.status === 'done' ? 'green' : 'blue'}
                  aria-label={t('{{file}} upload progress', { file: it.label })}
                />
                {it.error && (
                  <Text size="xs" c="red">
                    {it.error}
                  </Text>
                )}
              </div>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
