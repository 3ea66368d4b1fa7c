import { Button, Checkbox, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { newVolume, type V2JobFormValues } from '../form-values.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

/** NFS volumes (`spec.volumes[].nfs`, catalog §5.2). */
export function VolumesEditor({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const { fields, append, remove } = useFieldArray({ control, name: 'volumes' });
  return (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {t('NFS volumes')}
      </Text>
      {fields.map((field, i) => {
        const err = errors.volumes?.[i];
        const n = i + 1;
        return (
          <Group key={field.id} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('NFS server path {{n}}', { n })}
              placeholder="192.168.0.82:/"
              size="xs"
              style={{ flex: 1 }}
              {...register(`volumes.${i}.serverPath`)}
              error={issue(err?.serverPath?.message)}
            />
            <TextInput
              label={t('Mount path {{n}}', { n })}
              placeholder="/home/ma-user/nfs/"
              size="xs"
              style={{ flex: 1 }}
              {...register(`volumes.${i}.localPath`)}
              error={issue(err?.localPath?.message)}
            />
            <Checkbox
              label={t('Read-only {{n}}', { n })}
              size="xs"
              mb={6}
              {...register(`volumes.${i}.readOnly`)}
            />
            <CloseButton
              aria-label={t('Remove NFS volume {{n}}', { n })}
              onClick={() => remove(i)}
              mb={2}
            />
          </Group>
        );
      })}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => append(newVolume())}>
          {t('Add NFS volume')}
        </Button>
      </div>
    </Stack>
  );
}
