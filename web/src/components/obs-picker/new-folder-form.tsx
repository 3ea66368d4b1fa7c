import { Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../lib/api-error.js';
import { createObsFolder, obsKeys } from '../../lib/obs/obs-queries.js';
import * as i18n from '../../lib/i18n/i18n.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** Why a new folder's name is refused (in the console's language), or null. */
export function folderNameProblem(name: string): string | null {
  if (!name.trim()) return i18n.t('Enter a folder name');
  if (name.includes('/')) return i18n.t('A folder name has no "/"');
  if (name === '.' || name === '..') return i18n.t('Choose another name');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return i18n.t('A folder name has no control characters');
  if (name.length > 255) return i18n.t('At most {{max}} characters', { max: 255 });
  return null;
}

/** The "New folder" form in place of the toolbar: a name, then the folder is created and opened. */
export function NewFolderForm({
  parent,
  onDone,
  onCreated,
}: {
  parent: string;
  onDone: () => void;
  onCreated: (path: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (path: string) => createObsFolder(path),
    onSuccess: (_r, path) => {
      void queryClient.invalidateQueries({ queryKey: obsKeys.all });
      onDone();
      onCreated(path);
    },
    onError: (error) => setProblem(describeError(error).message),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const p = folderNameProblem(name);
    setProblem(p);
    if (!p) create.mutate(`${parent}${name.trim()}/`);
  };
  return (
    <form onSubmit={submit} aria-label={t('New folder')}>
      <Group gap="xs" align="flex-start">
        <TextInput
          label={t('New folder name')}
          size="xs"
          w={260}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={problem}
          data-autofocus
          autoFocus
        />
        <Group gap="xs" mt={22}>
          <Button size="xs" type="submit" loading={create.isPending}>
            {t('Create')}
          </Button>
          <Button size="xs" variant="subtle" onClick={onDone}>
            {t('Cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
