import { ActionIcon, Autocomplete, Group, NativeSelect, TextInput } from '@mantine/core';
import {
  Controller,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import type { SearchParamRow as Row } from '../auto-search-values.js';
import type { V2JobFormValues } from '../form-values.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  index: number;
  /** The form's hyperparameter names, offered for the name (free text is allowed). */
  names: string[];
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<Row> | undefined;
  onRemove: () => void;
}

const TYPES = [
  { value: 'continuous', label: msg('Continuous') },
  { value: 'discrete', label: msg('Discrete') },
];

/** One search parameter: name, type, then a range (and points) or a list of values. */
export function SearchParamRow({ index, names, control, register, errors, onRemove }: Props) {
  const base = `autoSearch.searchParams.${index}` as const;
  const { t } = useTranslation();
  const issue = useIssueText();
  const n = index + 1;
  const type = useWatch({ control, name: `${base}.type` });
  const input = { size: 'xs', style: { flex: '1 1 0', minWidth: 0 } } as const;
  /** Visible column titles on the first row only; every input keeps its full aria-label. */
  const title = (text: string) => (index === 0 ? t(text) : undefined);
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid={`search-param-${index}`}>
      <Controller
        control={control}
        name={`${base}.name`}
        render={({ field }) => (
          <Autocomplete
            aria-label={t('Search parameter {{n}} name', { n })}
            placeholder={t('name')}
            label={title(msg('Hyperparameter'))}
            data={names}
            {...input}
            style={{ flex: '1.5 1 0', minWidth: 0 }}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={issue(errors?.name?.message)}
          />
        )}
      />
      <NativeSelect
        aria-label={t('Search parameter {{n}} type', { n })}
        data={TYPES.map((o) => ({ ...o, label: t(o.label) }))}
        label={title(msg('Type'))}
        size="xs"
        w={120}
        {...register(`${base}.type`)}
        error={issue(errors?.type?.message)}
      />
      {type === 'discrete' ? (
        <TextInput
          aria-label={t('Search parameter {{n}} values', { n })}
          placeholder="16, 32, 64"
          label={title(msg('Values'))}
          {...input}
          style={{ flex: '3 1 0', minWidth: 0 }}
          {...register(`${base}.discreteValues`)}
          error={issue(errors?.discreteValues?.message)}
        />
      ) : (
        <>
          <TextInput
            aria-label={t('Search parameter {{n}} lower bound', { n })}
            placeholder={t('lower')}
            label={title(msg('Lower'))}
            {...input}
            {...register(`${base}.lowerBound`)}
            error={issue(errors?.lowerBound?.message)}
          />
          <TextInput
            aria-label={t('Search parameter {{n}} upper bound', { n })}
            placeholder={t('upper')}
            label={title(msg('Upper'))}
            {...input}
            {...register(`${base}.upperBound`)}
            error={issue(errors?.upperBound?.message)}
          />
          <TextInput
            aria-label={t('Search parameter {{n}} points', { n })}
            placeholder={t('optional')}
            label={title(msg('Points'))}
            {...input}
            {...register(`${base}.pointsNum`)}
            error={issue(errors?.pointsNum?.message)}
          />
        </>
      )}
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t('Remove search parameter {{n}}', { n })}
        onClick={onRemove}
        mt={index === 0 ? 24 : 2}
      >
        ✕
      </ActionIcon>
    </Group>
  );
}
