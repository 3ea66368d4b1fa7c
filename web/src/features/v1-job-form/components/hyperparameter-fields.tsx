import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import type { CreateJobFormValues } from '../form-values.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  control: Control<CreateJobFormValues>;
  register: UseFormRegister<CreateJobFormValues>;
  errors: FieldErrors<CreateJobFormValues>;
}

/** Hyperparameter rows (`config.parameter[]`): passed to the boot file as `--label=value`. */
export function HyperparameterFields({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const { fields, append, remove } = useFieldArray({ control, name: 'parameters' });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('Hyperparameters')}
      </Text>
      {fields.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('None. Each row reaches the boot file as {{form}}.', { form: '--label=value' })}
        </Text>
      )}
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={t('Label')}
            size="xs"
            style={{ flex: 1 }}
            {...register(`parameters.${index}.label`)}
            error={issue(errors.parameters?.[index]?.label?.message)}
          />
          <TextInput
            label={t('Value')}
            size="xs"
            style={{ flex: 1 }}
            {...register(`parameters.${index}.value`)}
            error={issue(errors.parameters?.[index]?.value?.message)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={24}
            aria-label={t('Remove hyperparameter {{n}}', { n: index + 1 })}
            onClick={() => remove(index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => append({ label: '', value: '' })}>
          {t('Add hyperparameter')}
        </Button>
      </Group>
    </Stack>
  );
}
