import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, useWatch } from 'react-hook-form';
import { emptyVolume } from '../form-values.js';
import type { SectionProps } from './form-types.js';

/** `config.volumes[]` (catalog §5.1): nfs (id, src_path, dest_path, read_only) or host_path. */
export function VolumesEditor({ form }: SectionProps) {
  const { control, register, formState } = form;
  const { errors } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: 'volumes' });
  const rows = useWatch({ control, name: 'volumes' });
  return (
    <Stack gap="xs" role="group" aria-label="Volumes">
      {/* The add buttons sit above the rows so row errors appearing or clearing never move them. */}
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Volumes
        </Text>
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => append(emptyVolume('nfs'))}>
            Add nfs volume
          </Button>
          <Button variant="light" size="xs" onClick={() => append(emptyVolume('host_path'))}>
            Add host_path volume
          </Button>
        </Group>
      </Group>
      {fields.length === 0 && (
        <Text size="xs" c="dimmed">
          None. An nfs volume mounts an SFS Turbo share; a host_path volume a host folder.
        </Text>
      )}
      {fields.map((field, i) => {
        const kind = rows[i]?.kind ?? field.kind;
        const e = errors.volumes?.[i];
        const n = i + 1;
        return (
          <Paper key={field.id} withBorder p="xs" radius="sm" aria-label={`Volume ${n} (${kind})`}>
            <Group justify="space-between" mb={4}>
              <Text size="xs" fw={600} ff="monospace">
                {kind}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove volume ${n}`}
                onClick={() => remove(i)}
              >
                ✕
              </ActionIcon>
            </Group>
            <Group grow align="flex-start" gap="xs">
              {kind === 'nfs' && (
                <TextInput
                  size="xs"
                  label={`Volume ${n} id`}
                  {...register(`volumes.${i}.id`)}
                  error={e?.id?.message}
                />
              )}
              <TextInput
                size="xs"
                label={`Volume ${n} source path`}
                {...register(`volumes.${i}.src_path`)}
                error={e?.src_path?.message}
              />
              <TextInput
                size="xs"
                label={`Volume ${n} mount path`}
                {...register(`volumes.${i}.dest_path`)}
                error={e?.dest_path?.message}
              />
            </Group>
            <Checkbox
              mt="xs"
              size="xs"
              label={`Volume ${n} read-only`}
              {...register(`volumes.${i}.read_only`)}
            />
          </Paper>
        );
      })}
    </Stack>
  );
}
