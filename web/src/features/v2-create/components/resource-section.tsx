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

interface Props {
  flavors: readonly TrainingFlavor[];
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

/** Public flavor (CPU/GPU/memory) or dedicated pool, and the node count bounded by `max_num`. */
export function ResourceSection({ flavors, control, register, errors }: Props) {
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
              aria-label="Resource pool"
              value={field.value}
              onChange={(v) => field.onChange(v as PoolKind)}
              data={[
                { value: 'public', label: 'Public pool' },
                { value: 'dedicated', label: 'Dedicated pool' },
              ]}
            />
          )}
        />
        {!dedicated && (
          <SegmentedControl
            aria-label="Flavor type"
            value={type}
            onChange={setType}
            data={[
              { value: 'all', label: 'All' },
              { value: 'CPU', label: 'CPU' },
              { value: 'GPU', label: 'GPU' },
            ]}
          />
        )}
      </Group>
      {dedicated && (
        <TextInput
          label="Pool ID"
          placeholder="poolfaf38d76"
          {...register('poolId')}
          error={errors.poolId?.message}
        />
      )}
      <Controller
        control={control}
        name="flavorId"
        render={({ field }) => (
          <Select
            label="Flavor"
            placeholder="Choose a flavor"
            searchable
            data={flavorOptions(flavors, dedicated, type, soldOut)}
            value={field.value || null}
            onChange={(v) => field.onChange(v ?? '')}
            onBlur={field.onBlur}
            error={errors.flavorId?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="nodeCount"
        render={({ field }) => (
          <NumberInput
            label="Nodes"
            description={
              roleBound
                ? `1–${max} (your role's limit)`
                : max !== undefined
                  ? `1–${max} for this flavor`
                  : 'At least 1'
            }
            min={1}
            max={max}
            allowDecimal={false}
            w={200}
            value={field.value}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
            onBlur={field.onBlur}
            error={errors.nodeCount?.message}
          />
        )}
      />
    </Stack>
  );
}
