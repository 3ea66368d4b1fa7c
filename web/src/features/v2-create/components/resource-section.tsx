import { Group, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import type { TrainingFlavor } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Controller,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { nodeBound, useGuardrails } from '../../../lib/guardrails.js';
import { soldOutQueryOptions } from '../api/catalog.js';
import { flavorOptions, maxNodesOf } from '../flavor-options.js';
import type { PoolKind, V2JobFormValues } from '../form-values.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  flavors: readonly TrainingFlavor[];
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

/** Public flavor (CPU/GPU/memory) or dedicated pool, and the node count bounded by `max_num`. */
export function ResourceSection({ flavors, control, register, errors }: Props) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const [type, setType] = useState('all');
  const poolKind = useWatch({ control, name: 'poolKind' });
  const flavorId = useWatch({ control, name: 'flavorId' });
  const dedicated = poolKind === 'dedicated';
  const guardrails = useGuardrails();
  // availability is a hint: without it (an error), every flavor is offered
  const soldOut = useQuery(soldOutQueryOptions()).data;
  const max = nodeBound(maxNodesOf(flavors, flavorId), guardrails);
  const roleBound = guardrails?.max_nodes !== undefined && max === guardrails.max_nodes;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Controller
          control={control}
          name="poolKind"
          render={({ field }) => (
            <SegmentedControl
              aria-label={t('Resource pool')}
              value={field.value}
              onChange={(v) => field.onChange(v as PoolKind)}
              data={[
                { value: 'public', label: t('Public pool') },
                { value: 'dedicated', label: t('Dedicated pool') },
              ]}
            />
          )}
        />
        {!dedicated && (
          <SegmentedControl
            aria-label={t('Flavor type')}
            value={type}
            onChange={setType}
            data={[
              { value: 'all', label: t('All') },
              { value: 'CPU', label: 'CPU' },
              { value: 'GPU', label: 'GPU' },
            ]}
          />
        )}
      </Group>
      {dedicated && (
        <TextInput
          label={t('Pool ID')}
          placeholder="poolfaf38d76"
          {...register('poolId')}
          error={issue(errors.poolId?.message)}
        />
      )}
      <Controller
        control={control}
        name="flavorId"
        render={({ field }) => (
          <Select
            label={t('Flavor')}
            placeholder={t('Choose a flavor')}
            searchable
            data={flavorOptions(flavors, dedicated, type, soldOut)}
            value={field.value || null}
            onChange={(v) => field.onChange(v ?? '')}
            onBlur={field.onBlur}
            error={issue(errors.flavorId?.message)}
          />
        )}
      />
      <Controller
        control={control}
        name="nodeCount"
        render={({ field }) => (
          <NumberInput
            label={t('Nodes')}
            description={
              roleBound
                ? t("1–{{max}} (your role's limit)", { max })
                : max !== undefined
                  ? t('1–{{max}} for this flavor', { max })
                  : t('At least 1')
            }
            min={1}
            max={max}
            allowDecimal={false}
            w={200}
            value={field.value}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
            onBlur={field.onBlur}
            error={issue(errors.nodeCount?.message)}
          />
        )}
      />
    </Stack>
  );
}
