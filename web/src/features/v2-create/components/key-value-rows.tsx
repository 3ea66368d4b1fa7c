import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import type { V2JobFormValues } from '../form-values.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** The row texts of each list, in English (shown translated). */
const TEXTS = {
  Parameter: {
    name: msg('Parameter {{n}} name'),
    value: msg('Parameter {{n}} value'),
    remove: msg('Remove parameter {{n}}'),
    add: msg('Add parameter'),
  },
  Variable: {
    name: msg('Variable {{n}} name'),
    value: msg('Variable {{n}} value'),
    remove: msg('Remove variable {{n}}'),
    add: msg('Add variable'),
  },
} as const;

interface Props {
  name: 'parameters' | 'environments';
  /** "Parameter" / "Variable": labels read "Parameter 1 name", buttons "Add parameter". */
  noun: keyof typeof TEXTS;
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
  const { t } = useTranslation();
  const issue = useIssueText();
  const text = TEXTS[noun];
  return (
    <Stack gap={6}>
      {fields.map((field, i) => {
        const err = Array.isArray(rowErrors) ? rowErrors[i] : undefined;
        return (
          <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t(text.name, { n: i + 1 })}
              placeholder={namePlaceholder ?? t('name')}
              size="xs"
              style={{ flex: 1 }}
              {...register(`${name}.${i}.name`)}
              error={issue(err?.name?.message)}
            />
            <TextInput
              aria-label={t(text.value, { n: i + 1 })}
              placeholder={t('value')}
              size="xs"
              style={{ flex: 1 }}
              {...register(`${name}.${i}.value`)}
              error={issue(err?.value?.message)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t(text.remove, { n: i + 1 })}
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
          {issue(listError)}
        </Text>
      )}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => append({ name: '', value: '' })}>
          {t(text.add)}
        </Button>
      </div>
    </Stack>
  );
}
