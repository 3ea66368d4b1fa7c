import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { defaultRewardRegex } from '../auto-search-request.js';
import type { AutoSearchFieldProps } from './auto-search-field-props.js';

const MODES = [
  { value: 'max', label: 'Maximize' },
  { value: 'min', label: 'Minimize' },
];

/** The metric a search judges by (`reward_attrs[0]`) and the hyperparameters it must not touch. */
export function RewardFields({ control, register, errors }: AutoSearchFieldProps) {
  const name = useWatch({ control, name: 'autoSearch.rewardName' });
  const e = errors.autoSearch;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          label="Reward metric"
          description="Name of the metric the job prints, e.g. acc"
          placeholder="acc"
          style={{ flex: 1 }}
          {...register('autoSearch.rewardName')}
          error={e?.rewardName?.message}
        />
        <Controller
          control={control}
          name="autoSearch.rewardMode"
          render={({ field }) => (
            <SegmentedControl
              aria-label="Reward mode"
              data={MODES}
              value={field.value}
              onChange={(v) => field.onChange(v === 'min' ? 'min' : 'max')}
            />
          )}
        />
      </Group>
      {e?.rewardMode?.message && (
        <Text size="xs" c="red">
          {e.rewardMode.message}
        </Text>
      )}
      <TextInput
        label="Reward regex"
        description="Optional. Each output line it matches reports one value (its first group)"
        placeholder={defaultRewardRegex(name.trim() || '<name>')}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...register('autoSearch.rewardRegex')}
        error={e?.rewardRegex?.message}
      />
      <TextInput
        label="Skip search parameters"
        description="Optional, comma-separated hyperparameters that are never searched"
        {...register('autoSearch.skipSearchParams')}
        error={e?.skipSearchParams?.message}
      />
    </Stack>
  );
}
