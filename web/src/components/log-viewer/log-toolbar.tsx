import {
  ActionIcon,
  Group,
  SegmentedControl,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { LevelFilter } from './log-levels.js';
import type { SearchOptions } from './log-search.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';
import { formatNumber } from '../../lib/i18n/format.js';

interface Props {
  search: SearchOptions;
  onSearch: (s: SearchOptions) => void;
  /** Lines that match, and the one shown (0-based; -1 before the first jump). */
  matches: number;
  current: number;
  searchError?: string;
  onStep: (delta: 1 | -1) => void;
  filter: LevelFilter;
  onFilter: (f: LevelFilter) => void;
  wrap: boolean;
  onWrap: (wrap: boolean) => void;
}

function Toggle({
  label,
  text,
  on,
  onChange,
}: {
  label: string;
  text: string;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant={on ? 'filled' : 'default'}
        aria-label={label}
        aria-pressed={on}
        onClick={() => onChange(!on)}
        size="md"
      >
        <Text size="xs" ff="monospace" fw={700} c={on ? undefined : 'dark'}>
          {text}
        </Text>
      </ActionIcon>
    </Tooltip>
  );
}

/** The log viewer's controls: search with next/previous, regex and case, level filter, wrap. */
export function LogToolbar(p: Props) {
  const { t } = useTranslation();
  const { search } = p;
  const count =
    search.text === ''
      ? ''
      : p.searchError
        ? p.searchError
        : p.matches === 0
          ? t('No matches')
          : t('{{current}} of {{total}}', {
              current: formatNumber(p.current >= 0 ? p.current + 1 : 0),
              total: formatNumber(p.matches),
            });
  return (
    <Group gap="xs" mb="xs" wrap="wrap" justify="space-between">
      <Group gap={6} wrap="nowrap">
        <TextInput
          size="xs"
          w={260}
          placeholder={t('Search the lines shown')}
          aria-label={t('Search the log')}
          value={search.text}
          error={Boolean(p.searchError)}
          onChange={(e) => p.onSearch({ ...search, text: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              p.onStep(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <Toggle
          label={t('Regular expression')}
          text=".*"
          on={search.regex}
          onChange={(regex) => p.onSearch({ ...search, regex })}
        />
        <Toggle
          label={t('Match case')}
          text="Aa"
          on={search.caseSensitive}
          onChange={(caseSensitive) => p.onSearch({ ...search, caseSensitive })}
        />
        <ActionIcon
          variant="default"
          aria-label={t('Previous match')}
          disabled={p.matches === 0}
          onClick={() => p.onStep(-1)}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="default"
          aria-label={t('Next match')}
          disabled={p.matches === 0}
          onClick={() => p.onStep(1)}
        >
          ↓
        </ActionIcon>
        <Text
          size="xs"
          c={p.searchError ? 'red' : 'dimmed'}
          role="status"
          aria-live="polite"
          miw={80}
        >
          {count}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('Show lines')}
          value={p.filter}
          onChange={(v) => p.onFilter(v as LevelFilter)}
          data={[
            { value: 'all', label: t('All lines') },
            { value: 'warnings', label: t('Warnings and errors') },
            { value: 'errors', label: t('Errors') },
          ]}
        />
        <Switch
          size="xs"
          label={t('Wrap lines')}
          checked={p.wrap}
          onChange={(e) => p.onWrap(e.currentTarget.checked)}
        />
      </Group>
    </Group>
  );
}
