import { Card, Stack, TextInput, Textarea } from '@mantine/core';
import type { Engine } from '@console/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useWatch } from 'react-hook-form';
import { obsHint, useGuardrails, withHint } from '../../../lib/guardrails.js';
import { builtInAlgorithmsQueryOptions } from '../api/catalog.js';
import { AlgorithmPicker } from './algorithm-picker.js';
import { withAlgorithmDefaults } from '../algorithm-defaults.js';
import type { CodeSource } from '../form-values.js';
import { EngineField } from './engine-field.js';
import type { SectionProps } from './form-types.js';
import { ObsField } from './obs-field.js';
import { SwitchField } from './switch-field.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

const OPTIONS: ReadonlyArray<{ value: CodeSource; label: string }> = [
  { value: 'custom', label: msg('Custom code') },
  { value: 'builtin', label: msg('Built-in algorithm') },
  { value: 'image', label: msg('Custom image') },
];

/** Code source switch: only the chosen source's fields are sent (catalog §3.1 ¹). */
export function CodeSourceSection({
  form,
  engines,
}: SectionProps & { engines: readonly Engine[] }) {
  const { control, register, formState, setValue, getValues } = form;
  const { errors } = formState;
  const { t } = useTranslation();
  const issue = useIssueText();
  const queryClient = useQueryClient();
  const codeHint = obsHint(useGuardrails(), 'code');
  const algorithmById = (id: string) =>
    queryClient
      .getQueryData(builtInAlgorithmsQueryOptions().queryKey)
      ?.models.find((m) => String(m.model_id) === id);
  const [source, appUrl] = useWatch({ control, name: ['code_source', 'app_url'] });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Code source')}>
      <Stack gap="sm">
        <SwitchField
          label={t('Code source')}
          description={t("Exclusive: switching removes the other source's fields from the request")}
          value={source}
          options={OPTIONS}
          onChange={(v) => setValue('code_source', v, { shouldValidate: formState.isSubmitted })}
        />
        {source === 'custom' && (
          <Controller
            control={control}
            name="engine_id"
            render={({ field }) => (
              <EngineField
                engines={engines}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.engine_id?.message}
              />
            )}
          />
        )}
        {source === 'builtin' && (
          <Controller
            control={control}
            name="model_id"
            render={({ field }) => (
              <AlgorithmPicker
                value={field.value}
                onChange={(id, algorithm) => {
                  const previous = algorithmById(field.value)?.parameter;
                  field.onChange(id);
                  if (!algorithm) return;
                  const rows = getValues('parameters');
                  setValue(
                    'parameters',
                    withAlgorithmDefaults(rows, algorithm.parameter, previous),
                  );
                }}
                onBlur={field.onBlur}
                error={errors.model_id?.message}
              />
            )}
          />
        )}
        {source === 'image' && (
          <>
            <TextInput
              label={t('Image')}
              description={t('SWR image URL, e.g. {{example}}', {
                example: '100.125.5.235:20202/jobmng/custom-cpu-base:1.0',
              })}
              {...register('user_image_url')}
              error={issue(errors.user_image_url?.message)}
            />
            <Textarea
              label={t('Boot command')}
              description={t('e.g. {{example}}', {
                example: 'bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py',
              })}
              autosize
              minRows={2}
              {...register('user_command')}
              error={issue(errors.user_command?.message)}
            />
          </>
        )}
        {source !== 'builtin' && (
          <ObsField
            form={form}
            name="app_url"
            label={t('Code directory')}
            kind="folder"
            description={withHint(
              source === 'image' ? t('Optional for a custom image') : undefined,
              codeHint,
            )}
            error={errors.app_url?.message}
          />
        )}
        {source === 'custom' && (
          <ObsField
            form={form}
            name="boot_file_url"
            label={t('Boot file')}
            kind="file"
            browseWithin={appUrl}
            description={codeHint}
            error={errors.boot_file_url?.message}
          />
        )}
      </Stack>
    </Card>
  );
}
