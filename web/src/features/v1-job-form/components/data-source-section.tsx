import { Card, Stack, Text } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { obsHint, useGuardrails, withHint } from '../../../lib/guardrails.js';
import { DatasetPicker } from '../../../components/dataset-picker.js';
import type { DataSourceKind } from '../form-values.js';
import { DataSourceRows } from './data-source-rows.js';
import type { SectionProps } from './form-types.js';
import { ObsField } from './obs-field.js';
import { SwitchField } from './switch-field.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

const OPTIONS: ReadonlyArray<{ value: DataSourceKind; label: string }> = [
  { value: 'obs', label: msg('OBS path') },
  { value: 'dataset', label: msg('Dataset') },
  { value: 'list', label: msg('Data source list') },
];

/** Data source switch: `data_url`, `dataset_id` + `dataset_version_id`, or `data_source[]` (§3.1 ²). */
export function DataSourceSection({ form, mode }: SectionProps) {
  const { control, formState, setValue } = form;
  const { errors } = formState;
  const { t } = useTranslation();
  const issue = useIssueText();
  const [kind, datasetId, versionId] = useWatch({
    control,
    name: ['data_kind', 'dataset_id', 'dataset_version_id'],
  });
  const dataHint = obsHint(useGuardrails(), 'data');
  const revalidate = { shouldValidate: formState.isSubmitted };
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Data source')}>
      <Stack gap="sm">
        <SwitchField
          label={t('Data source')}
          description={t('Exclusive: only the chosen form is sent')}
          value={kind}
          options={OPTIONS}
          onChange={(v) => setValue('data_kind', v, revalidate)}
        />
        {errors.data_kind?.message && (
          <Text size="xs" c="red" role="alert">
            {issue(errors.data_kind.message)}
          </Text>
        )}
        {kind === 'obs' && (
          <ObsField
            form={form}
            name="data_url"
            label={t('Data path')}
            kind="folder"
            error={errors.data_url?.message}
            description={withHint(
              t('OBS directory with the training data ({{field}})', { field: 'config.data_url' }),
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
            datasetError={issue(errors.dataset_id?.message)}
            versionError={issue(errors.dataset_version_id?.message)}
          />
        )}
        {kind === 'list' && <DataSourceRows form={form} mode={mode} />}
      </Stack>
    </Card>
  );
}
