import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { defaultRewardRegex } from '../auto-search-request.js';
import type { AutoSearchFieldProps } from './auto-search-field-props.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

const MODES = [
  { value: 'max', label: msg('Maximize') },
  { value: 'min', label: msg('Minimize') },
];

/** The metric a search judges by (`reward_attrs[0]`) and the hyperparameters it must not touch. */
export function RewardFields({ control, register, errors }: AutoSearchFieldProps) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const name = useWatch({ control, name: 'autoSearch.rewardName' });
  const e = errors.autoSearch;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('Reward metric')}
          description={t('Name of the metric the job prints, e.g. {{example}}', { example: 'acc' })}
          placeholder="acc"
          style={{ flex: 1 }}
          {...register('autoSearch.rewardName')}
          error={issue(e?.rewardName?.message)}
        />
        <Controller
          control={control}
          name="autoSearch.rewardMode"
          render={({ field }) => (
            <SegmentedControl
              aria-label={t('Reward mode')}
              data={MODES.map((m) => ({ ...m, label: t(m.label) }))}
              value={field.value}
              onChange={(v) => field.onChange(v === 'min' ? 'min' : 'max')}
            />
          )}
        />
      </Group>
      {e?.rewardMode?.message && (
        <Text size="xs" c="red">
          {issue(e.rewardMode.message)}
        </Text>
      )}
      <TextInput
        label={t('Reward regex')}
        description={t('Optional. Each output line it matches reports one value (its first group)')}
        placeholder={defaultRewardRegex(name.trim() || t('<name>'))}
        // a regular expression: read by a program, not translated
        translate="no"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...register('autoSearch.rewardRegex')}
        error={issue(e?.rewardRegex?.message)}
      />
      <TextInput
        label={t('Skip search parameters')}
        description={t('Optional, comma-separated hyperparameters that are never searched')}
        {...register('autoSearch.skipSearchParams')}
        error={issue(e?.skipSearchParams?.message)}
      />
    </Stack>
  );
}
