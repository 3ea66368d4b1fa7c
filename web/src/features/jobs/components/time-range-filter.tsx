import { Group, Select, TextInput } from '@mantine/core';
import { TIME_RANGES, type JobListFilters, type TimeRange } from '../list-filters.js';

const RANGE_LABELS: Record<TimeRange, string> = {
  any: 'Any time',
  hour: 'Last hour',
  day: 'Last 24 hours',
  week: 'Last 7 days',
  custom: 'Between…',
};

interface Props {
  filters: JobListFilters;
  onChange: (patch: Partial<JobListFilters>) => void;
}

/** "Created" filter: a recent range, or two chosen times (each end optional). */
export function TimeRangeFilter({ filters, onChange }: Props) {
  const reversed = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label="Created"
        w={160}
        allowDeselect={false}
        data={TIME_RANGES.map((value) => ({ value, label: RANGE_LABELS[value] }))}
        value={filters.range}
        onChange={(range) => onChange({ range: (range as TimeRange | null) ?? 'any' })}
      />
      {filters.range === 'custom' && (
        <>
          <TextInput
            type="datetime-local"
            label="From"
            w={200}
            value={filters.from}
            onChange={(e) => onChange({ from: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label="To"
            w={200}
            value={filters.to}
            error={reversed ? 'To must be after From' : undefined}
            onChange={(e) => onChange({ to: e.currentTarget.value })}
          />
        </>
      )}
    </Group>
  );
}
