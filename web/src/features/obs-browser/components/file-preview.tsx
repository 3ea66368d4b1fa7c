import {
  Button,
  Card,
  Code,
  Group,
  Image,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ObsStat } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { baseName, formatBytes } from '../../../lib/obs/obs-paths.js';
import { obsObjectUrl } from '../../../lib/obs/obs-queries.js';
import { textPreviewQueryOptions } from '../api/text-preview.js';
import { previewKind } from '../preview-kind.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

function TextBody({ path }: { path: string }) {
  const { t } = useTranslation();
  const preview = useQuery(textPreviewQueryOptions(path));
  if (preview.isPending) return <Skeleton height={240} aria-label={t('Loading preview')} />;
  if (preview.isError)
    return <ErrorAlert error={preview.error} title={t('Could not read the file')} />;
  const { text, shown, total, binary } = preview.data;
  if (binary)
    return (
      <Text size="sm" c="dimmed">
        {t('This file is not text: download it to open it.')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {total !== undefined && total > shown && (
        <Text size="xs" c="dimmed">
          {t('Showing the first {{shown}} of {{total}}.', {
            shown: formatBytes(shown),
            total: formatBytes(total),
          })}
        </Text>
      )}
      <ScrollArea.Autosize mah={520} type="auto">
        <Code
          block
          aria-label={t('Contents of {{name}}', { name: baseName(path) })}
          style={{ whiteSpace: 'pre' }}
        >
          {text || ' '}
        </Code>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/** One file: name, size, a preview (text or image) and a download button. */
export function FilePreview({
  path,
  stat,
  actions,
}: {
  path: string;
  stat?: ObsStat | undefined;
  /** More buttons beside Download (Delete where the role may write). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const name = baseName(path);
  const kind = previewKind(name);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('File preview')}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Title>
            {stat?.size !== undefined && (
              <Text size="xs" c="dimmed">
                {formatBytes(stat.size)}
                {stat.content_type ? ` · ${stat.content_type}` : ''}
              </Text>
            )}
          </div>
          <Group gap="xs" wrap="nowrap">
            {actions}
            <Button component="a" href={obsObjectUrl(path, true)} download={name} size="xs">
              {t('Download')}
            </Button>
          </Group>
        </Group>
        {kind === 'image' && (
          <Image
            src={obsObjectUrl(path)}
            alt={t('Preview of {{name}}', { name })}
            fit="contain"
            mah={520}
            radius="sm"
          />
        )}
        {kind === 'text' && <TextBody path={path} />}
        {kind === 'none' && (
          <Text size="sm" c="dimmed">
            {t('No preview for this kind of file: download it to open it.')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
