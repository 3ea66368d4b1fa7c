import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import { datasetsQueryOptions, datasetVersionsQueryOptions } from '../api/catalog.js';
import type { V2JobFormValues } from '../form-values.js';

interface Props {
  index: number;
  control: Control<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

/**
 * Dataset + version of an input channel. Picks from the dataset APIs; when they cannot be read
 * (no datasets service), the ids can be typed.
 */
export function DatasetPicker({ index, control, errors }: Props) {
  const datasets = useQuery(datasetsQueryOptions());
  const datasetId = useWatch({ control, name: `inputs.${index}.datasetId` });
  const versions = useQuery(datasetVersionsQueryOptions(datasetId));
  const err = errors.inputs?.[index];
  const n = index + 1;
  const typed = datasets.isError;
  return (
    <Group grow align="flex-start">
      <Controller
        control={control}
        name={`inputs.${index}.datasetId`}
        render={({ field }) =>
          typed ? (
            <TextInput
              label={`Input ${n} dataset`}
              placeholder="dataset id"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err?.datasetId?.message}
            />
          ) : (
            <Select
              label={`Input ${n} dataset`}
              placeholder={datasets.isPending ? 'Loading datasets…' : 'Choose a dataset'}
              searchable
              data={(datasets.data ?? []).map((d) => ({
                value: d.dataset_id,
                label: d.dataset_name,
              }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={err?.datasetId?.message}
            />
          )
        }
      />
      <Controller
        control={control}
        name={`inputs.${index}.datasetVersionId`}
        render={({ field }) =>
          typed || versions.isError ? (
            <TextInput
              label={`Input ${n} dataset version`}
              placeholder="version id"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err?.datasetVersionId?.message}
            />
          ) : (
            <Select
              label={`Input ${n} dataset version`}
              placeholder={datasetId ? 'Choose a version' : 'Choose a dataset first'}
              data={(versions.data ?? []).map((v) => ({
                value: v.version_id,
                label: v.version_name,
              }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={err?.datasetVersionId?.message}
            />
          )
        }
      />
    </Group>
  );
}
