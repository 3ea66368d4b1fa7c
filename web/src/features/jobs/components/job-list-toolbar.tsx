import { Checkbox, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { TimeRangeFilter } from './time-range-filter.js';
import {
  canSortByName,
  STATUS_FILTERS,
  type ApiFilter,
  type JobListFilters,
  type StatusFilter,
} from '../list-filters.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { msg } from '../../../lib/i18n/msg.js';

const STATUS_LABELS: Record<StatusFilter, string> = {
  pending: msg('Pending / queuing'),
  running: msg('Running'),
  stopping: msg('Stopping'),
  succeeded: msg('Completed'),
  failed: msg('Failed'),
  stopped: msg('Stopped / terminated'),
};

const SORTS = [
  { value: 'create_time:desc', label: msg('Newest first') },
  { value: 'create_time:asc', label: msg('Oldest first') },
  { value: 'name:asc', label: msg('Name A–Z') },
  { value: 'name:desc', label: msg('Name Z–A') },
];

interface Props {
  filters: JobListFilters;
  onChange: (patch: Partial<JobListFilters>) => void;
  /** Team portal: offer the "Mine" filter. */
  showMine?: boolean;
}

/**
 * Version, status, name search, creation time and sort of the job list; every change lands in
 * the URL. Only orders both APIs sort server-side are offered (creation time, name): the v1 list
 * sorts status by its numeric codes and v2 by phase names, which no merge can put in one order.
 */
export function JobListToolbar({ filters, onChange, showMine = false }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.q);
  // The URL is the source of truth: back/forward and reloads reset the input.
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setSearch(filters.q);
  }
  const commitSearch = useDebouncedCallback((q: string) => onChange({ q: q.trim() }), 350);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label={t('API version')}
        value={filters.api}
        onChange={(api) => onChange({ api: api as ApiFilter })}
        data={[
          { value: 'all', label: t('All') },
          { value: 'v1', label: 'v1' },
          { value: 'v2', label: 'v2' },
        ]}
      />
      <Select
        label={t('Status')}
        placeholder={t('Any status')}
        clearable
        w={200}
        data={STATUS_FILTERS.map((value) => ({ value, label: t(STATUS_LABELS[value]) }))}
        value={filters.status}
        onChange={(status) => onChange({ status: (status as StatusFilter | null) ?? null })}
      />
      <TextInput
        label={t('Search by name')}
        placeholder={t('Job name')}
        data-shortcut-search
        w={220}
        value={search}
        maxLength={64}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ q: search.trim() });
        }}
      />
      {showMine && (
        <Checkbox
          label={t('Mine')}
          description={t('v2 jobs I started through this console')}
          checked={filters.mine}
          onChange={(e) => onChange({ mine: e.currentTarget.checked })}
        />
      )}
      <TimeRangeFilter filters={filters} onChange={onChange} />
      <Select
        label={t('Sort')}
        w={170}
        allowDeselect={false}
        data={SORTS.map((s) => {
          const blocked = s.value.startsWith('name') && !canSortByName(filters);
          // v1 cannot filter by time: a time range over v1 jobs is cut from the list by time
          return blocked
            ? {
                ...s,
                label: t('{{order}} (v2 only, with a time range)', { order: t(s.label) }),
                disabled: true,
              }
            : { ...s, label: t(s.label) };
        })}
        value={`${filters.sort}:${filters.order}`}
        onChange={(v) => {
          const [sort, order] = (v ?? 'create_time:desc').split(':');
          onChange({
            sort: sort === 'name' ? 'name' : 'create_time',
            order: order === 'asc' ? 'asc' : 'desc',
          });
        }}
      />
    </Group>
  );
}
