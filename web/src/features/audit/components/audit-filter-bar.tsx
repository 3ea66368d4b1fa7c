import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { isFiltered, NO_FILTERS, type AuditFilters } from '../audit-filters.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
}

/** Who, which job, and from/to: typed names are applied after a pause, times at once. */
export function AuditFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState({ user: filters.user, job: filters.job });
  // The URL is the source of truth: back/forward and "Clear filters" reset the inputs.
  const [shown, setShown] = useState({ user: filters.user, job: filters.job });
  if (shown.user !== filters.user || shown.job !== filters.job) {
    setShown({ user: filters.user, job: filters.job });
    setText({ user: filters.user, job: filters.job });
  }
  const commit = useDebouncedCallback((patch: Partial<AuditFilters>) => {
    onChange({ ...filters, ...patch });
  }, 350);
  // Enter and "Clear filters" apply at once and drop a typed name still waiting for its pause
  // (it would come back after a clear: found by CI under load).
  const now = (next: AuditFilters) => {
    commit.cancel();
    onChange(next);
  };
  const typed = (key: 'user' | 'job') => ({
    value: text[key],
    maxLength: 256,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setText((was) => ({ ...was, [key]: value }));
      commit({ [key]: value.trim() });
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') now({ ...filters, [key]: text[key].trim() });
    },
  });

  return (
    <Group
      gap="sm"
      align="flex-end"
      wrap="wrap"
      role="search"
      aria-label={t('Filter the audit trail')}
    >
      <TextInput label={t('User')} placeholder={t('Who did it')} w={180} {...typed('user')} />
      <TextInput label={t('Job')} placeholder={t('Job name or id')} w={200} {...typed('job')} />
      <TextInput
        label={t('From')}
        type="datetime-local"
        w={210}
        value={filters.from}
        onChange={(e) => onChange({ ...filters, from: e.currentTarget.value })}
      />
      <TextInput
        label={t('To')}
        type="datetime-local"
        w={210}
        value={filters.to}
        onChange={(e) => onChange({ ...filters, to: e.currentTarget.value })}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" color="gray" onClick={() => now(NO_FILTERS)}>
          {t('Clear filters')}
        </Button>
      )}
    </Group>
  );
}
