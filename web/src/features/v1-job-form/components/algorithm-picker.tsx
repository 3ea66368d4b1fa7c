import { Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { BuiltInAlgorithm } from '@console/shared';
import { builtInAlgorithmsQueryOptions } from '../api/catalog.js';
import { useIssueText } from '../issue-text.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

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
  const { t } = useTranslation();
  const issue = useIssueText();
  const models = useQuery(builtInAlgorithmsQueryOptions());
  if (models.isError) {
    return (
      <TextInput
        label={t('Algorithm ID')}
        description={t(
          'The algorithm list could not be loaded; type the algorithm ID (sent as {{field}})',
          { field: 'model_id' },
        )}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value, undefined)}
        onBlur={onBlur}
        error={issue(error)}
      />
    );
  }
  const list = models.data ?? [];
  const selected = list.find((m) => String(m.model_id) === value);
  return (
    <Select
      label={t('Algorithm')}
      placeholder={models.isPending ? t('Loading…') : t('Choose an algorithm')}
      data={list.map((m) => ({ value: String(m.model_id), label: m.model_name }))}
      value={value || null}
      onChange={(v) =>
        onChange(
          v ?? '',
          list.find((m) => String(m.model_id) === v),
        )
      }
      onBlur={onBlur}
      error={issue(error)}
      description={
        selected ? describe(selected) : t('Sent as {{field}}', { field: 'config.model_id' })
      }
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('No algorithm matches')}
    />
  );
}
