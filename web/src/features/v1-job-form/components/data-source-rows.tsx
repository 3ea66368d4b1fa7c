import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useFieldArray, useWatch } from 'react-hook-form';
import { obsHint, useGuardrails } from '../../../lib/guardrails.js';
import { DatasetPicker } from '../../../components/dataset-picker.js';
import { emptyDataRow } from '../form-values.js';
import type { SectionProps } from './form-types.js';
import { ObsField } from './obs-field.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** `config.data_source[]` rows: each is an OBS path or a dataset + version (never both). */
export function DataSourceRows({ form }: SectionProps) {
  const { control, formState, setValue } = form;
  const { errors } = formState;
  const { t } = useTranslation();
  const issue = useIssueText();
  const { fields, append, remove } = useFieldArray({ control, name: 'data_rows' });
  const rows = useWatch({ control, name: 'data_rows' });
  const dataHint = obsHint(useGuardrails(), 'data');
  return (
    <Stack gap="xs">
      {fields.map((field, i) => {
        const row = rows[i] ?? field;
        const rowErrors = errors.data_rows?.[i];
        const n = i + 1;
        return (
          <Paper
            key={field.id}
            withBorder
            p="xs"
            radius="sm"
            aria-label={t('Data source {{n}}', { n })}
          >
            <Group justify="space-between" mb={4}>
              <SegmentedControl
                size="xs"
                aria-label={t('Data source {{n}} type', { n })}
                value={row.type}
                data={[
                  { value: 'obs', label: t('obs') },
                  { value: 'dataset', label: t('dataset') },
                ]}
                onChange={(v) =>
                  setValue(`data_rows.${i}.type`, v === 'dataset' ? 'dataset' : 'obs')
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('Remove data source {{n}}', { n })}
                onClick={() => remove(i)}
              >
                ✕
              </ActionIcon>
            </Group>
            {row.type === 'obs' ? (
              <ObsField
                form={form}
                name={`data_rows.${i}.data_url`}
                size="xs"
                label={n === 1 ? t('Data path') : t('Data path {{n}}', { n })}
                kind="folder"
                description={dataHint}
                error={rowErrors?.data_url?.message}
              />
            ) : (
              <DatasetPicker
                size="xs"
                label={n === 1 ? t('Source dataset') : t('Source dataset {{n}}', { n })}
                datasetId={row.dataset_id}
                versionId={row.dataset_version}
                onDatasetChange={(v) => setValue(`data_rows.${i}.dataset_id`, v)}
                onVersionChange={(v) => setValue(`data_rows.${i}.dataset_version`, v)}
                datasetError={issue(rowErrors?.dataset_id?.message)}
                versionError={issue(rowErrors?.dataset_version?.message)}
              />
            )}
          </Paper>
        );
      })}
      {fields.length === 0 && (
        <Text size="xs" c="red">
          {t('Add at least one data source.')}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={() => append(emptyDataRow())}>
          {t('Add data source')}
        </Button>
      </Group>
    </Stack>
  );
}
