import { Button, Group } from '@mantine/core';
import { useEffect, useRef, type ChangeEvent } from 'react';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** "Upload files" and "Upload folder" (a whole folder, with its sub-folders). */
export function UploadButtons({
  disabled,
  onFiles,
}: {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // not in React's attribute types: the browser's folder chooser
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);
  const take = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.currentTarget.files ?? []);
    e.currentTarget.value = '';
    if (chosen.length > 0) onFiles(chosen);
  };
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="xs"
        disabled={disabled}
        onClick={() => filesInput.current?.click()}
      >
        {t('Upload files')}
      </Button>
      <Button
        variant="default"
        size="xs"
        disabled={disabled}
        onClick={() => folderInput.current?.click()}
      >
        {t('Upload folder')}
      </Button>
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        aria-label={t('Files to upload')}
        onChange={take}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label={t('Folder to upload')}
        onChange={take}
      />
    </Group>
  );
}
