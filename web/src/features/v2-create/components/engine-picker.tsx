import { SegmentedControl, Select, Stack } from '@mantine/core';
import type { TrainingEngine } from '@console/shared';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import type { EngineMode, V2JobFormValues } from '../form-values.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  engines: readonly TrainingEngine[];
  control: Control<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/** Engine of a code + boot file job: a preset by id, or a name + version pair. */
export function EnginePicker({ engines, control, errors }: Props) {
  const { t } = useTranslation();
  const issue = useIssueText();
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
            aria-label={t('Choose the engine by')}
            size="xs"
            value={field.value}
            onChange={(v) => field.onChange(v as EngineMode)}
            data={[
              { value: 'preset', label: t('Preset engine') },
              { value: 'name', label: t('Name + version') },
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
              label={t('Engine')}
              placeholder={t('Choose a preset engine')}
              searchable
              data={engines.map((e) => ({
                value: e.engine_id,
                label: `${e.engine_name} · ${e.engine_id}`,
              }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              error={issue(errors.engineId?.message)}
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
                label={t('Engine name')}
                placeholder={t('e.g. {{example}}', { example: 'PyTorch' })}
                data={unique(engines.map((e) => e.engine_name))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={issue(errors.engineName?.message)}
              />
            )}
          />
          <Controller
            control={control}
            name="engineVersion"
            render={({ field }) => (
              <Select
                label={t('Engine version')}
                placeholder={engineName ? t('Choose a version') : t('Choose an engine name first')}
                data={versions}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={issue(errors.engineVersion?.message)}
              />
            )}
          />
        </>
      )}
    </Stack>
  );
}
