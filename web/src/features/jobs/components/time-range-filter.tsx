import { Group, Select, TextInput } from '@mantine/core';
import { TIME_RANGES, type JobListFilters, type TimeRange } from '../list-filters.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { msg } from '../../../lib/i18n/msg.js';

const RANGE_LABELS: Record<TimeRange, string> = {
  any: msg('Any time'),
  hour: msg('Last hour'),
  day: msg('Last 24 hours'),
  week: msg('Last 7 days'),
  custom: msg('Between…'),
};

interface Props {
  filters: JobListFilters;
  onChange: (patch: Partial<JobListFilters>) => void;
}

/** "Created" filter: a recent range, or two chosen times (each end optional). */
export function TimeRangeFilter({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const reversed = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('Created')}
        w={160}
        allowDeselect={false}
        data={TIME_RANGES.map((value) => ({ value, label: t(RANGE_LABELS[value]) }))}
        value={filters.range}
        onChange={(range) => onChange({ range: (range as TimeRange | null) ?? 'any' })}
      />
      {filters.range === 'custom' && (
        <>
          <TextInput
            type="datetime-local"
            label={t('From')}
            w={200}
            value={filters.from}
            onChange={(e) => onChange({ from: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('To')}
            w={200}
            value={filters.to}
            error={reversed ? t('To must be after From') : undefined}
            onChange={(e) => onChange({ to: e.currentTarget.value })}
          />
        </>
      )}
    </Group>
  );
}
