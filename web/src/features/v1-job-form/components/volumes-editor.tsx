import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, useWatch } from 'react-hook-form';
import { emptyVolume } from '../form-values.js';
import type { SectionProps } from './form-types.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import type { VolumeRow } from '../form-values.js';
import { useIssueText } from '../issue-text.js';

/** What each kind of volume is called; the API's name (`nfs`, `host_path`) stays beside it as a hint. */
const KIND_NAMES: Record<VolumeRow['kind'], string> = {
  nfs: msg('NFS volume'),
  host_path: msg('Host folder'),
};

/** `config.volumes[]` (catalog §5.1): nfs (id, src_path, dest_path, read_only) or host_path. */
export function VolumesEditor({ form }: SectionProps) {
  const { control, register, formState } = form;
  const { errors } = formState;
  const { t } = useTranslation();
  const issue = useIssueText();
  const { fields, append, remove } = useFieldArray({ control, name: 'volumes' });
  const rows = useWatch({ control, name: 'volumes' });
  return (
    <Stack gap="xs" role="group" aria-label={t('Volumes')}>
      {/* The add buttons sit above the rows so row errors appearing or clearing never move them. */}
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('Volumes')}
        </Text>
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => append(emptyVolume('nfs'))}>
            {t('Add NFS volume')}
          </Button>
          <Button variant="light" size="xs" onClick={() => append(emptyVolume('host_path'))}>
            {t('Add host folder')}
          </Button>
        </Group>
      </Group>
      {fields.length === 0 && (
        <Text size="xs" c="dimmed">
          {t(
            'None. An NFS volume mounts an SFS Turbo share; a host folder mounts a folder of the node.',
          )}
        </Text>
      )}
      {fields.map((field, i) => {
        const kind = rows[i]?.kind ?? field.kind;
        const e = errors.volumes?.[i];
        const n = i + 1;
        return (
          <Paper
            key={field.id}
            withBorder
            p="xs"
            radius="sm"
            aria-label={t('Volume {{n}} ({{kind}})', { n, kind: t(KIND_NAMES[kind]) })}
          >
            <Group justify="space-between" mb={4}>
              <Text size="xs" fw={600}>
                {t(KIND_NAMES[kind])}{' '}
                <Text span size="xs" c="dimmed" ff="monospace" data-api-name>
                  {kind}
                </Text>
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('Remove volume {{n}}', { n })}
                onClick={() => remove(i)}
              >
                ✕
              </ActionIcon>
            </Group>
            <Group grow align="flex-start" gap="xs">
              {kind === 'nfs' && (
                <TextInput
                  size="xs"
                  label={t('Volume {{n}} id', { n })}
                  {...register(`volumes.${i}.id`)}
                  error={issue(e?.id?.message)}
                />
              )}
              <TextInput
                size="xs"
                label={t('Volume {{n}} source path', { n })}
                {...register(`volumes.${i}.src_path`)}
                error={issue(e?.src_path?.message)}
              />
              <TextInput
                size="xs"
                label={t('Volume {{n}} mount path', { n })}
                {...register(`volumes.${i}.dest_path`)}
                error={issue(e?.dest_path?.message)}
              />
            </Group>
            <Checkbox
              mt="xs"
              size="xs"
              label={t('Volume {{n}} read-only', { n })}
              {...register(`volumes.${i}.read_only`)}
            />
          </Paper>
        );
      })}
    </Stack>
  );
}
