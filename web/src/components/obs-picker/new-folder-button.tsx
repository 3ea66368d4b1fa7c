import { Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../lib/api-error.js';
import { createObsFolder, obsKeys } from '../../lib/obs/obs-queries.js';

/** Why a new folder's name is refused, or null. */
export function folderNameProblem(name: string): string | null {
  if (!name.trim()) return 'Enter a folder name';
  if (name.includes('/')) return 'A folder name has no "/"';
  if (name === '.' || name === '..') return 'Choose another name';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'A folder name has no control characters';
  if (name.length > 255) return 'At most 255 characters';
  return null;
}

/** "New folder": a name, then an empty folder in `parent`, which is then opened. */
export function NewFolderButton({
  parent,
  disabled,
  onCreated,
}: {
  parent: string;
  disabled: boolean;
  onCreated: (path: string) => void;
}) {
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (path: string) => createObsFolder(path),
    onSuccess: (_r, path) => {
      void queryClient.invalidateQueries({ queryKey: obsKeys.all });
      setOpened(false);
      setName('');
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
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          disabled={disabled}
          onClick={() => setOpened((o) => !o)}
        >
          New folder
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit} aria-label="New folder">
          <Stack gap="xs" w={260}>
            <TextInput
              label="Folder name"
              size="xs"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="subtle" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button size="xs" type="submit" loading={create.isPending}>
                Create
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
