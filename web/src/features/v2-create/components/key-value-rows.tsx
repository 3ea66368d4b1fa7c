import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import type { V2JobFormValues } from '../form-values.js';

interface Props {
  name: 'parameters' | 'environments';
  /** "Parameter" / "Variable": labels read "Parameter 1 name", buttons "Add parameter". */
  noun: string;
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
  namePlaceholder?: string;
}

/** An editable list of name/value pairs (hyperparameters, environment variables). */
export function KeyValueRows({ name, noun, control, register, errors, namePlaceholder }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name });
  const rowErrors = errors[name];
  const listError = rowErrors && 'message' in rowErrors ? rowErrors.message : undefined;
  const lower = noun.toLowerCase();
  return (
    <Stack gap={6}>
      {fields.map((field, i) => {
        const err = Array.isArray(rowErrors) ? rowErrors[i] : undefined;
        return (
          <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`${noun} ${i + 1} name`}
              placeholder={namePlaceholder ?? 'name'}
              size="xs"
              style={{ flex: 1 }}
              {...register(`${name}.${i}.name`)}
              error={err?.name?.message}
            />
            <TextInput
              aria-label={`${noun} ${i + 1} value`}
              placeholder="value"
              size="xs"
              style={{ flex: 1 }}
              {...register(`${name}.${i}.value`)}
              error={err?.value?.message}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove ${lower} ${i + 1}`}
              onClick={() => remove(i)}
              mt={2}
            >
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      {typeof listError === 'string' && (
        <Text size="xs" c="red">
          {listError}
        </Text>
      )}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => append({ name: '', value: '' })}>
          Add {lower}
        </Button>
      </div>
    </Stack>
  );
}
