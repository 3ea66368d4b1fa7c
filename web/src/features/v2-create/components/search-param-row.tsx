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
  { value: 'continuous', label: 'Continuous' },
  { value: 'discrete', label: 'Discrete' },
];

/** One search parameter: name, type, then a range (and points) or a list of values. */
export function SearchParamRow({ index, names, control, register, errors, onRemove }: Props) {
  const base = `autoSearch.searchParams.${index}` as const;
  const label = `Search parameter ${index + 1}`;
  const type = useWatch({ control, name: `${base}.type` });
  const input = { size: 'xs', style: { flex: '1 1 0', minWidth: 0 } } as const;
  /** Visible column titles on the first row only; every input keeps its full aria-label. */
  const title = (text: string) => (index === 0 ? text : undefined);
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid={`search-param-${index}`}>
      <Controller
        control={control}
        name={`${base}.name`}
        render={({ field }) => (
          <Autocomplete
            aria-label={`${label} name`}
            placeholder="name"
            label={title('Hyperparameter')}
            data={names}
            {...input}
            style={{ flex: '1.5 1 0', minWidth: 0 }}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors?.name?.message}
          />
        )}
      />
      <NativeSelect
        aria-label={`${label} type`}
        data={TYPES}
        label={title('Type')}
        size="xs"
        w={120}
        {...register(`${base}.type`)}
        error={errors?.type?.message}
      />
      {type === 'discrete' ? (
        <TextInput
          aria-label={`${label} values`}
          placeholder="16, 32, 64"
          label={title('Values')}
          {...input}
          style={{ flex: '3 1 0', minWidth: 0 }}
          {...register(`${base}.discreteValues`)}
          error={errors?.discreteValues?.message}
        />
      ) : (
        <>
          <TextInput
            aria-label={`${label} lower bound`}
            placeholder="lower"
            label={title('Lower')}
            {...input}
            {...register(`${base}.lowerBound`)}
            error={errors?.lowerBound?.message}
          />
          <TextInput
            aria-label={`${label} upper bound`}
            placeholder="upper"
            label={title('Upper')}
            {...input}
            {...register(`${base}.upperBound`)}
            error={errors?.upperBound?.message}
          />
          <TextInput
            aria-label={`${label} points`}
            placeholder="optional"
            label={title('Points')}
            {...input}
            {...register(`${base}.pointsNum`)}
            error={errors?.pointsNum?.message}
          />
        </>
      )}
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Remove search parameter ${index + 1}`}
        onClick={onRemove}
        mt={index === 0 ? 24 : 2}
      >
        ✕
      </ActionIcon>
    </Group>
  );
}
