import { Button, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ObsFileEntry } from '@console/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../error-alert.js';
import { obsListQueryOptions } from '../../lib/obs/obs-queries.js';
import { NewFolderForm } from './new-folder-form.js';
import { ObsBreadcrumbs } from './obs-breadcrumbs.js';
import { ObsEntriesTable } from './obs-entries-table.js';
import { UploadButtons } from './upload-buttons.js';
import { UploadList } from './upload-list.js';
import { useUploads } from './use-uploads.js';
import { msg } from '../../lib/i18n/msg.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

export interface ObsFolderViewProps {
  /** The folder shown (`/` for the buckets). */
  path: string;
  onNavigate: (path: string) => void;
  onFileClick?: (file: ObsFileEntry) => void;
  onFileChoose?: (file: ObsFileEntry) => void;
  selectedPath?: string | undefined;
  maxHeight?: number;
}

/** Why nothing can be written here, in the user's words (or null when it can); shown with `t`. */
function readOnlyReason(atRoot: boolean, writable: boolean | undefined): string | null {
  if (atRoot) return msg('Open a bucket to upload files or create folders.');
  if (writable === false)
    return msg(
      'Read-only: your role may browse this folder but not upload or create folders here.',
    );
  return null;
}

/**
 * One OBS folder: breadcrumbs, search within it, its entries page by page, new folder and uploads
 * (files or a whole folder, with progress). Used by the path picker and the file browser page.
 */
export function ObsFolderView(props: ObsFolderViewProps) {
  const { path, onNavigate } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [naming, setNaming] = useState(false);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const list = useInfiniteQuery(obsListQueryOptions(path, debounced));
  const uploads = useUploads();
  const atRoot = path === '/';
  const pages = list.data?.pages ?? [];
  const writable = pages[0]?.writable;
  const reason = readOnlyReason(atRoot, list.isSuccess ? writable : undefined);
  const canWrite = !atRoot && writable === true;
  const navigate = (to: string) => {
    setSearch('');
    setNaming(false);
    onNavigate(to);
  };

  return (
    <Stack gap="sm">
      <ObsBreadcrumbs path={path} onNavigate={navigate} />
      <Group justify="space-between" gap="xs" align="flex-end">
        <TextInput
          size="xs"
          w={260}
          label={atRoot ? t('Search buckets') : t('Search in this folder')}
          placeholder={t('Part of a name')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={!canWrite || naming}
            onClick={() => setNaming(true)}
          >
            {t('New folder')}
          </Button>
          <UploadButtons disabled={!canWrite} onFiles={(files) => uploads.add(path, files)} />
        </Group>
      </Group>
      {naming && canWrite && (
        <NewFolderForm parent={path} onDone={() => setNaming(false)} onCreated={navigate} />
      )}
      {reason && (
        <Text size="xs" c="dimmed" role="note">
          {t(reason)}
        </Text>
      )}
      <UploadList items={uploads.items} onRetry={uploads.retry} onClearDone={uploads.clearDone} />
      {list.isPending && <Skeleton height={160} radius="sm" aria-label={t('Loading folder')} />}
      {list.isError && <ErrorAlert error={list.error} title={t('Could not list this folder')} />}
      {list.isSuccess && (
        <ObsEntriesTable
          folders={pages.flatMap((p) => p.folders)}
          files={pages.flatMap((p) => p.files)}
          atRoot={atRoot}
          onOpenFolder={navigate}
          onFileClick={props.onFileClick}
          onFileChoose={props.onFileChoose}
          selectedPath={props.selectedPath}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          maxHeight={props.maxHeight}
          emptyText={
            debounced
              ? t('Nothing here matches “{{search}}”.', { search: debounced })
              : atRoot
                ? t('No buckets.')
                : t('This folder is empty.')
          }
        />
      )}
    </Stack>
  );
}
