import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { datasetsQueryOptions, datasetVersionsQueryOptions } from '../lib/dataset-queries.js';
import { useTranslation } from '../lib/i18n/use-translation.js';

interface Props {
  datasetId: string;
  versionId: string;
  onDatasetChange: (datasetId: string) => void;
  onVersionChange: (versionId: string) => void;
  onDatasetBlur?: (() => void) | undefined;
  onVersionBlur?: (() => void) | undefined;
  datasetError?: string | undefined;
  versionError?: string | undefined;
  /** Label of the dataset field in the console's language, e.g. "Dataset" or "Input 1 dataset". */
  label?: string;
  size?: 'xs' | 'sm';
}

type Option = { value: string; label: string };

/** The options, plus the current id when the list does not know it (so prefilled values survive). */
function withCurrent(options: Option[], current: string): Option[] {
  return current && !options.some((o) => o.value === current)
    ? [...options, { value: current, label: current }]
    : options;
}

/**
 * Dataset + dataset version, the one picker of the v1 and v2 forms: selects fed by `/v2/…/datasets`
 * and its versions. When a list cannot be loaded (no datasets service), its ids can be typed.
 */
export function DatasetPicker(props: Props) {
  const { datasetId, versionId, onDatasetChange, onVersionChange, size = 'sm' } = props;
  const { t } = useTranslation();
  const label = props.label ?? t('Dataset');
  const datasets = useQuery(datasetsQueryOptions());
  const versions = useQuery(datasetVersionsQueryOptions(datasetId));
  const typed = (
    what: string,
    value: string,
    onChange: (v: string) => void,
    onBlur: (() => void) | undefined,
    error?: string,
  ) => (
    <TextInput
      size={size}
      label={what}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      error={error}
    />
  );

  if (datasets.isError) {
    return (
      <Group grow align="flex-start">
        {typed(
          t('{{label}} ID', { label }),
          datasetId,
          onDatasetChange,
          props.onDatasetBlur,
          props.datasetError,
        )}
        {typed(
          t('{{label}} version ID', { label }),
          versionId,
          onVersionChange,
          props.onVersionBlur,
          props.versionError,
        )}
      </Group>
    );
  }
  const datasetOptions = (datasets.data ?? []).map((d) => ({
    value: d.dataset_id,
    label: `${d.dataset_name} (${d.dataset_id})`,
  }));
  const versionOptions = (versions.data ?? []).map((v) => ({
    value: v.version_id,
    label: `${v.version_name} (${v.version_id})`,
  }));
  return (
    <Group grow align="flex-start">
      <Select
        size={size}
        label={label}
        placeholder={datasets.isPending ? t('Loading…') : t('Choose a dataset')}
        data={withCurrent(datasetOptions, datasetId)}
        value={datasetId || null}
        onChange={(v) => {
          onDatasetChange(v ?? '');
          onVersionChange('');
        }}
        onBlur={props.onDatasetBlur}
        error={props.datasetError}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('No dataset matches')}
      />
      {versions.isError ? (
        typed(
          t('{{label}} version ID', { label }),
          versionId,
          onVersionChange,
          props.onVersionBlur,
          props.versionError,
        )
      ) : (
        <Select
          size={size}
          label={t('{{label}} version', { label })}
          placeholder={datasetId ? t('Choose a version') : t('Choose a dataset first')}
          data={withCurrent(versionOptions, versionId)}
          value={versionId || null}
          onChange={(v) => onVersionChange(v ?? '')}
          onBlur={props.onVersionBlur}
          error={props.versionError}
          disabled={!datasetId}
          allowDeselect={false}
        />
      )}
    </Group>
  );
}
