import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import type { ObsFileEntry } from '@console/shared';
import { useState } from 'react';
import { folderOf } from '../../lib/obs/obs-paths.js';
import { ObsFolderView } from './obs-folder-view.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** What a field takes: a folder (code directory, data, outputs) or a file (boot file). */
export type ObsPickKind = 'folder' | 'file';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Console path chosen (`/bucket/dir/` or `/bucket/dir/file.py`). */
  onSelect: (path: string) => void;
  kind: ObsPickKind;
  /** The field's current value: the picker opens at its folder. */
  initialPath?: string;
  title: string;
}

function PickerBody({ onClose, onSelect, kind, initialPath }: Omit<Props, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(() => folderOf(initialPath ?? ''));
  const [file, setFile] = useState<ObsFileEntry | null>(null);
  const atRoot = folder === '/';
  const chosen = kind === 'folder' ? (atRoot ? null : folder) : (file?.path ?? null);
  const navigate = (to: string) => {
    setFolder(to);
    setFile(null);
  };
  const pickFile = kind === 'file' ? setFile : undefined;
  return (
    <Stack gap="sm">
      <ObsFolderView
        path={folder}
        onNavigate={navigate}
        onFileClick={pickFile}
        onFileChoose={kind === 'file' ? (f) => onSelect(f.path) : undefined}
        selectedPath={file?.path}
        maxHeight={380}
      />
      <Group
        justify="space-between"
        wrap="nowrap"
        pt="sm"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text size="sm" truncate="end" aria-live="polite">
          {chosen ? (
            <>
              {t('Selected:')} <Code>{chosen}</Code>
            </>
          ) : kind === 'file' ? (
            t('Click a file to select it.')
          ) : (
            t('Open the folder you want, then select it.')
          )}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button disabled={!chosen} onClick={() => chosen && onSelect(chosen)}>
            {kind === 'folder' ? t('Select this folder') : t('Select file')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** A modal OBS browser that returns one folder or one file. */
export function ObsPickerModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="xl" centered>
      {props.opened && <PickerBody {...props} />}
    </Modal>
  );
}
