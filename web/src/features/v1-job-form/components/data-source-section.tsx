import { Card, Stack, Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { obsHint, useGuardrails, withHint } from '../../../lib/guardrails.js';
import { DatasetPicker } from '../../../components/dataset-picker.js';
import type { DataSourceKind } from '../form-values.js';
import { DataSourceRows } from './data-source-rows.js';
import type { SectionProps } from './form-types.js';
import { ObsField } from './obs-field.js';
import { SwitchField } from './switch-field.js';

const OPTIONS: ReadonlyArray<{ value: DataSourceKind; label: string }> = [
  { value: 'obs', label: 'OBS path' },
  { value: 'dataset', label: 'Dataset' },
  { value: 'list', label: 'Data source list' },
];

/** Data source switch: `data_url`, `dataset_id` + `dataset_version_id`, or `data_source[]` (§3.1 ²). */
export function DataSourceSection({ form, mode }: SectionProps) {
  const { control, formState, setValue } = form;
  const { errors } = formState;
  const [kind, datasetId, versionId] = useWatch({
    control,
    name: ['data_kind', 'dataset_id', 'dataset_version_id'],
  });
  const dataHint = obsHint(useGuardrails(), 'data');
  const revalidate = { shouldValidate: formState.isSubmitted };
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Data source">
      <Stack gap="sm">
        <SwitchField
          label="Data source"
          description="Exclusive: only the chosen form is sent"
          value={kind}
          options={OPTIONS}
          onChange={(v) => setValue('data_kind', v, revalidate)}
        />
        {errors.data_kind?.message && (
          <Text size="xs" c="red" role="alert">
            {errors.data_kind.message}
          </Text>
        )}
        {kind === 'obs' && (
          <ObsField
            form={form}
            name="data_url"
            label="Data path"
            kind="folder"
            error={errors.data_url?.message}
            description={withHint(
              'OBS directory with the training data (config.data_url)',
              dataHint,
            )}
          />
        )}
        {kind === 'dataset' && (
          <DatasetPicker
            datasetId={datasetId}
            versionId={versionId}
            onDatasetChange={(v) => setValue('dataset_id', v, revalidate)}
            onVersionChange={(v) => setValue('dataset_version_id', v, revalidate)}
            datasetError={errors.dataset_id?.message}
            versionError={errors.dataset_version_id?.message}
          />
        )}
        {kind === 'list' && <DataSourceRows form={form} mode={mode} />}
      </Stack>
    </Card>
  );
}
