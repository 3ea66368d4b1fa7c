import { Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { BuiltInAlgorithm } from '@console/shared';
import { builtInAlgorithmsQueryOptions } from '../api/catalog.js';

interface Props {
  value: string;
  onChange: (modelId: string, algorithm: BuiltInAlgorithm | undefined) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

const describe = (a: BuiltInAlgorithm) =>
  [a.engine_name && `${a.engine_name} ${a.engine_version ?? ''}`.trim(), a.model_precision]
    .filter(Boolean)
    .join(' · ');

/** "Built-in algorithm": one option per model (value = `model_id`); free text if the list fails. */
export function AlgorithmPicker({ value, onChange, onBlur, error }: Props) {
  const models = useQuery(builtInAlgorithmsQueryOptions());
  if (models.isError) {
    return (
      <TextInput
        label="Algorithm ID"
        description="The algorithm list could not be loaded; type the model_id"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value, undefined)}
        onBlur={onBlur}
        error={error}
      />
    );
  }
  const list = models.data ?? [];
  const selected = list.find((m) => String(m.model_id) === value);
  return (
    <Select
      label="Algorithm"
      placeholder={models.isPending ? 'Loading…' : 'Choose an algorithm'}
      data={list.map((m) => ({ value: String(m.model_id), label: m.model_name }))}
      value={value || null}
      onChange={(v) =>
        onChange(
          v ?? '',
          list.find((m) => String(m.model_id) === v),
        )
      }
      onBlur={onBlur}
      error={error}
      description={selected ? describe(selected) : 'Sent as config.model_id'}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No algorithm matches"
    />
  );
}
