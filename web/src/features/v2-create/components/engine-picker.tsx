import { SegmentedControl, Select, Stack } from '@mantine/core';
import type { TrainingEngine } from '@console/shared';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import type { EngineMode, V2JobFormValues } from '../form-values.js';

interface Props {
  engines: readonly TrainingEngine[];
  control: Control<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/** Engine of a code + boot file job: a preset by id, or a name + version pair. */
export function EnginePicker({ engines, control, errors }: Props) {
  const mode = useWatch({ control, name: 'engineMode' });
  const engineName = useWatch({ control, name: 'engineName' });
  const versions = unique(
    engines.filter((e) => e.engine_name === engineName).map((e) => e.engine_version),
  );
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="engineMode"
        render={({ field }) => (
          <SegmentedControl
            aria-label="Choose the engine by"
            size="xs"
            value={field.value}
            onChange={(v) => field.onChange(v as EngineMode)}
            data={[
              { value: 'preset', label: 'Preset engine' },
              { value: 'name', label: 'Name + version' },
            ]}
          />
        )}
      />
      {mode === 'preset' ? (
        <Controller
          control={control}
          name="engineId"
          render={({ field }) => (
            <Select
              label="Engine"
              placeholder="Choose a preset engine"
              searchable
              data={engines.map((e) => ({
                value: e.engine_id,
                label: `${e.engine_name} · ${e.engine_id}`,
              }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={errors.engineId?.message}
            />
          )}
        />
      ) : (
        <>
          <Controller
            control={control}
            name="engineName"
            render={({ field }) => (
              <Select
                label="Engine name"
                placeholder="e.g. PyTorch"
                data={unique(engines.map((e) => e.engine_name))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={errors.engineName?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="engineVersion"
            render={({ field }) => (
              <Select
                label="Engine version"
                placeholder={engineName ? 'Choose a version' : 'Choose an engine name first'}
                data={versions}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={errors.engineVersion?.message}
              />
            )}
          />
        </>
      )}
    </Stack>
  );
}
