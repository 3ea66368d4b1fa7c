import { Loader, Group, Text } from '@mantine/core';
import { LogViewer } from './log-viewer.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

interface Props {
  lines: readonly string[];
  revision: number;
}

/**
 * A log's latest lines while its stream finds where to start (the BFF counts the lines of a long
 * log the first time it is opened, so that the stream's lines carry the log's numbers): shown at
 * once, without numbers, and replaced by the numbered log as soon as its first lines come.
 */
export function LogPreview({ lines, revision }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" mb="xs" role="status">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {t(
            'Counting the lines of this long log (once) — its latest lines meanwhile, numbered when the count is done.',
          )}
        </Text>
      </Group>
      <LogViewer lines={lines} revision={revision} unnumbered />
    </>
  );
}
