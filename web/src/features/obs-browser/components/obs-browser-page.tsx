import { Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ObsFileEntry } from '@console/shared';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { ObsFolderView } from '../../../components/obs-picker/obs-folder-view.js';
import { isFolderPath, parentFolder, toConsolePath } from '../../../lib/obs/obs-paths.js';
import { obsListQueryOptions, obsStatQueryOptions } from '../../../lib/obs/obs-queries.js';
import { DeleteFileButton } from './delete-file-button.js';
import { FilePreview } from './file-preview.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** What `?path=` names: `/` when absent or no console path. */
function pathParam(raw: string | null): string {
  const p = raw ? toConsolePath(raw) : '/';
  return p.startsWith('/') ? p : '/';
}

/**
 * The OBS file browser (`/obs?path=/bucket/dir/`): a folder's entries with uploads, and, when the
 * path names a file, its preview and download beside them.
 */
export function ObsBrowserPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const path = pathParam(params.get('path'));
  const named = !isFolderPath(path);
  // a path without a trailing slash may be a file or a folder (a job's log path): ask
  const stat = useQuery({ ...obsStatQueryOptions(path), enabled: named });
  const go = (to: string, replace = false) => setParams({ path: to }, { replace });
  useEffect(() => {
    if (named && stat.data?.kind === 'folder') setParams({ path: `${path}/` }, { replace: true });
  }, [named, stat.data?.kind, path, setParams]);
  const filePath = named && stat.data?.kind !== 'folder' ? path : undefined;
  const folder = named ? parentFolder(path) : path;
  const onFile = (f: ObsFileEntry) => go(f.path);
  // whether the role may write in the folder: its first page, shared with the list beside
  const listing = useInfiniteQuery({ ...obsListQueryOptions(folder), enabled: !!filePath });
  const writable = listing.data?.pages[0]?.writable === true;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('Files')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('Your OBS buckets: open folders, upload code and data, preview and download results.')}
        </Text>
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: filePath ? 7 : 12 }}>
          <ObsFolderView
            path={folder}
            onNavigate={(to) => go(to)}
            onFileClick={onFile}
            selectedPath={filePath}
            maxHeight={640}
          />
        </Grid.Col>
        {filePath && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            {stat.isPending ? (
              <Skeleton height={240} aria-label={t('Loading file')} />
            ) : stat.data?.kind === 'missing' ? (
              <Text size="sm" c="orange" role="alert">
                {t('{{path}} does not exist.', { path: filePath })}
              </Text>
            ) : (
              <FilePreview
                path={filePath}
                stat={stat.data}
                actions={
                  writable && (
                    <DeleteFileButton path={filePath} onDeleted={() => go(folder, true)} />
                  )
                }
              />
            )}
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
