import { Select, type ComboboxItemGroup } from '@mantine/core';
import type { Engine } from '@console/shared';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** Engines grouped by engine_name; option label = engine_version, value = engine_id. */
export function engineOptions(
  engines: readonly Engine[],
): ComboboxItemGroup<{ value: string; label: string }>[] {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const engine of engines) {
    const items = groups.get(engine.engine_name) ?? [];
    items.push({ value: String(engine.engine_id), label: engine.engine_version });
    groups.set(engine.engine_name, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

interface EngineFieldProps {
  engines: readonly Engine[];
  value: string;
  onChange: (engineId: string) => void;
  onBlur: () => void;
  error?: string | undefined;
}

export function EngineField({ engines, value, onChange, onBlur, error }: EngineFieldProps) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const selected = engines.find((e) => String(e.engine_id) === value);
  return (
    <Select
      label={t('AI engine')}
      placeholder={t('Choose an engine')}
      data={engineOptions(engines)}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      onBlur={onBlur}
      error={issue(error)}
      description={selected ? `${selected.engine_name} ${selected.engine_version}` : undefined}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('No engine matches')}
    />
  );
}
