import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { datasetsQueryOptions, datasetVersionsQueryOptions } from '../lib/dataset-queries.js';

interface Props {
  datasetId: string;
  versionId: string;
  onDatasetChange: (datasetId: string) => void;
  onVersionChange: (versionId: string) => void;
  datasetError?: string | undefined;
  versionError?: string | undefined;
  /** Label prefix, e.g. "Dataset" or "Row 2 dataset". */
  label?: string;
  size?: 'xs' | 'sm';
}

/**
 * "Dataset" + "Dataset version": selects fed by `/v2/…/datasets` and its versions. An id the list
 * does not know stays selectable (so prefilled values survive), and free text is offered if the
 * dataset list cannot be loaded.
 */
export function DatasetPicker(props: Props) {
  const { datasetId, versionId, onDatasetChange, onVersionChange, size = 'sm' } = props;
  const label = props.label ?? 'Dataset';
  const datasets = useQuery(datasetsQueryOptions());
  const versions = useQuery(datasetVersionsQueryOptions(datasetId));

  if (datasets.isError) {
    return (
      <Group grow align="flex-start">
        <TextInput
          size={size}
          label={`${label} ID`}
          value={datasetId}
          onChange={(e) => onDatasetChange(e.currentTarget.value)}
          error={props.datasetError}
        />
        <TextInput
          size={size}
          label={`${label} version ID`}
          value={versionId}
          onChange={(e) => onVersionChange(e.currentTarget.value)}
          error={props.versionError}
        />
      </Group>
    );
  }
  const datasetOptions = (datasets.data ?? []).map((d) => ({
    value: d.dataset_id,
    label: `${d.dataset_name} (${d.dataset_id})`,
  }));
  if (datasetId && !datasetOptions.some((o) => o.value === datasetId)) {
    datasetOptions.push({ value: datasetId, label: datasetId });
  }
  const versionOptions = (versions.data ?? []).map((v) => ({
    value: v.version_id,
    label: `${v.version_name} (${v.version_id})`,
  }));
  if (versionId && !versionOptions.some((o) => o.value === versionId)) {
    versionOptions.push({ value: versionId, label: versionId });
  }
  return (
    <Group grow align="flex-start">
      <Select
        size={size}
        label={label}
        placeholder={datasets.isPending ? 'Loading…' : 'Choose a dataset'}
        data={datasetOptions}
        value={datasetId || null}
        onChange={(v) => {
          onDatasetChange(v ?? '');
          onVersionChange('');
        }}
        error={props.datasetError}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No dataset matches"
      />
      <Select
        size={size}
        label={`${label} version`}
        placeholder={datasetId ? 'Choose a version' : 'Choose a dataset first'}
        data={versionOptions}
        value={versionId || null}
        onChange={(v) => onVersionChange(v ?? '')}
        error={props.versionError}
        disabled={!datasetId}
        allowDeselect={false}
      />
    </Group>
  );
}
