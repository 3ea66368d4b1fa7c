import { Select, SimpleGrid, Skeleton, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { ErrorAlert } from '../../../components/error-alert.js';
import {
  searchAlgorithmsQueryOptions,
  type SearchAlgorithmInfo,
} from '../api/search-algorithms.js';
import type { AlgoParamRow } from '../auto-search-values.js';
import type { AutoSearchFieldProps } from './auto-search-field-props.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** The algorithm's default params, keeping values already typed for a key both algorithms share. */
function paramsOf(algo: SearchAlgorithmInfo | undefined, current: AlgoParamRow[]): AlgoParamRow[] {
  return (algo?.params ?? []).map((p) => ({
    key: p.key,
    type: p.type,
    value: current.find((c) => c.key === p.key)?.value ?? p.value,
  }));
}

/** Search algorithm (`GET search-algorithms`) and its editable params → `algo_configs[0]`. */
export function SearchAlgorithmFields({
  control,
  register,
  errors,
  setValue,
}: AutoSearchFieldProps) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const algorithms = useQuery(searchAlgorithmsQueryOptions());
  const name = useWatch({ control, name: 'autoSearch.algorithm' });
  const params = useWatch({ control, name: 'autoSearch.algoParams' });
  const list = algorithms.data;
  const chosen = list?.find((a) => a.name === name);

  const choose = (next: string) => {
    setValue('autoSearch.algorithm', next, { shouldDirty: true, shouldValidate: !!next });
    const algo = list?.find((a) => a.name === next);
    setValue('autoSearch.algoParams', paramsOf(algo, params), { shouldDirty: true });
  };
  // The first algorithm is the default once the list is in (the user may pick another).
  const first = list?.[0];
  useEffect(() => {
    if (first && !name) {
      setValue('autoSearch.algorithm', first.name);
      setValue('autoSearch.algoParams', paramsOf(first, []));
    }
  }, [first, name, setValue]);

  if (algorithms.isError)
    return (
      <ErrorAlert error={algorithms.error} title={t('Could not load the search algorithms')} />
    );
  if (!list) return <Skeleton height={60} aria-label={t('Loading search algorithms')} />;
  const paramErrors = errors.autoSearch?.algoParams;
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="autoSearch.algorithm"
        render={({ field }) => (
          <Select
            label={t('Search algorithm')}
            data={list.map((a) => a.name)}
            value={field.value || null}
            onChange={(v) => choose(v ?? '')}
            onBlur={field.onBlur}
            allowDeselect={false}
            description={chosen?.description ?? undefined}
            // the algorithm's own description, as the upstream catalog words it
            descriptionProps={{ translate: 'no' }}
            error={issue(errors.autoSearch?.algorithm?.message)}
          />
        )}
      />
      {params.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {params.map((p, i) => (
            <TextInput
              key={`${name}-${p.key}`}
              label={p.key}
              description={p.type}
              // the algorithm's parameter name and type, as the API spells them
              labelProps={{ translate: 'no' }}
              descriptionProps={{ translate: 'no' }}
              size="xs"
              {...register(`autoSearch.algoParams.${i}.value`)}
              error={issue(paramErrors?.[i]?.value?.message)}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
