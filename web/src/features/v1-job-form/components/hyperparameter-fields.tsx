import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import type { CreateJobFormValues } from '../form-values.js';

interface Props {
  control: Control<CreateJobFormValues>;
  register: UseFormRegister<CreateJobFormValues>;
  errors: FieldErrors<CreateJobFormValues>;
}

/** Hyperparameter rows (`config.parameter[]`): passed to the boot file as `--label=value`. */
export function HyperparameterFields({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'parameters' });
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Hyperparameters
      </Text>
      {fields.length === 0 && (
        <Text size="xs" c="dimmed">
          None. Each row reaches the boot file as --label=value.
        </Text>
      )}
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label="Label"
            size="xs"
            style={{ flex: 1 }}
            {...register(`parameters.${index}.label`)}
            error={errors.parameters?.[index]?.label?.message}
          />
          <TextInput
            label="Value"
            size="xs"
            style={{ flex: 1 }}
            {...register(`parameters.${index}.value`)}
            error={errors.parameters?.[index]?.value?.message}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={24}
            aria-label={`Remove hyperparameter ${index + 1}`}
            onClick={() => remove(index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => append({ label: '', value: '' })}>
          Add hyperparameter
        </Button>
      </Group>
    </Stack>
  );
}
