import { Stack, Switch, Text } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { newSearchParam } from '../auto-search-values.js';
import type { AutoSearchFieldProps } from './auto-search-field-props.js';
import { RewardFields } from './reward-fields.js';
import { SearchAlgorithmFields } from './search-algorithm-fields.js';
import { SearchParamRows } from './search-param-rows.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/**
 * The "Hyperparameter search" card (catalog §4.1 AutoSearch): off by default, and then nothing
 * changes in the body (`auto_search: null`); on, the fields below become `policies.auto_search`.
 */
export function AutoSearchSection(props: AutoSearchFieldProps) {
  const { control, errors, setValue } = props;
  const { t } = useTranslation();
  const issue = useIssueText();
  const enabled = useWatch({ control, name: 'autoSearch.enabled' });
  const rows = useWatch({ control, name: 'autoSearch.searchParams' });
  return (
    <Stack gap="sm">
      <Controller
        control={control}
        name="autoSearch.enabled"
        render={({ field }) => (
          <Switch
            label={t('Enable hyperparameter search')}
            description={t(
              'Runs the job once per sampled set of hyperparameters and keeps the best',
            )}
            checked={field.value}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              field.onChange(on);
              if (on && rows.length === 0)
                setValue('autoSearch.searchParams', [newSearchParam()], { shouldDirty: true });
            }}
            error={issue(errors.autoSearch?.enabled?.message)}
          />
        )}
      />
      {enabled && (
        <>
          <SearchAlgorithmFields {...props} />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('Search parameters')}
            </Text>
            <SearchParamRows {...props} />
          </div>
          <RewardFields {...props} />
        </>
      )}
    </Stack>
  );
}
