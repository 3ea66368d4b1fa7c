import { Button, Group, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import type { ObsFileEntry, ObsFolderEntry } from '@console/shared';
import { formatBytes } from '../../lib/obs/obs-paths.js';
import { formatTime } from '../format.js';
import { BucketIcon, FileIcon, FolderIcon } from './obs-icons.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

interface Props {
  folders: readonly ObsFolderEntry[];
  files: readonly ObsFileEntry[];
  /** At `/` the folders are buckets. */
  atRoot: boolean;
  onOpenFolder: (path: string) => void;
  /** Clicking a file (select it in the picker, preview it in the browser). */
  onFileClick?: (file: ObsFileEntry) => void;
  /** Double click / Enter on a file in the picker: choose it at once. */
  onFileChoose?: (file: ObsFileEntry) => void;
  selectedPath?: string | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
  maxHeight?: number | undefined;
}

/** A folder's entries: sub-folders first, then files with size and last change. */
export function ObsEntriesTable(props: Props) {
  const { folders, files, atRoot, selectedPath } = props;
  const { t } = useTranslation();
  const empty = folders.length === 0 && files.length === 0;
  const kind = atRoot ? t('bucket') : t('folder');
  return (
    <div>
      <ScrollArea.Autosize mah={props.maxHeight ?? 420} type="auto">
        <Table highlightOnHover stickyHeader verticalSpacing={6} aria-label={t('Folder contents')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Name')}</Table.Th>
              <Table.Th w={110} ta="right">
                {t('Size')}
              </Table.Th>
              <Table.Th w={170}>{t('Modified')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {folders.map((f) => (
              <Table.Tr key={f.path}>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => props.onOpenFolder(f.path)}
                    aria-label={
                      atRoot
                        ? t('Open bucket {{name}}', { name: f.name })
                        : t('Open folder {{name}}', { name: f.name })
                    }
                  >
                    <Group gap={6} wrap="nowrap">
                      {atRoot ? <BucketIcon /> : <FolderIcon />}
                      <Text size="sm" c="blue" translate="no">
                        {f.name}/
                      </Text>
                    </Group>
                  </UnstyledButton>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c="dimmed">
                    {kind}
                  </Text>
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            ))}
            {files.map((f) => {
              const selected = f.path === selectedPath;
              return (
                <Table.Tr
                  key={f.path}
                  bg={selected ? 'var(--mantine-color-blue-light)' : undefined}
                  aria-selected={props.onFileClick ? selected : undefined}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={() => props.onFileClick?.(f)}
                      onDoubleClick={() => props.onFileChoose?.(f)}
                      aria-label={t('File {{name}}', { name: f.name })}
                      disabled={!props.onFileClick}
                    >
                      <Group gap={6} wrap="nowrap">
                        <FileIcon />
                        <Text size="sm" fw={selected ? 600 : undefined} translate="no">
                          {f.name}
                        </Text>
                      </Group>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{formatBytes(f.size)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatTime(Date.parse(f.last_modified))}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {empty && (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {props.emptyText}
          </Text>
        )}
      </ScrollArea.Autosize>
      {props.hasMore && (
        <Group justify="center" mt="xs">
          <Button variant="light" size="xs" loading={props.loadingMore} onClick={props.onLoadMore}>
            {t('Load more')}
          </Button>
        </Group>
      )}
    </div>
  );
}
