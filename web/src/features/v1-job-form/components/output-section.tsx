import { Card, Checkbox, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { obsHint, useGuardrails, withHint } from '../../../lib/guardrails.js';
import type { CreateVersionChoice } from '../form-values.js';
import type { SectionProps } from './form-types.js';
import { HyperparameterFields } from './hyperparameter-fields.js';
import { ObsField } from './obs-field.js';
import { VolumesEditor } from './volumes-editor.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

const CREATE_VERSION: ReadonlyArray<{ value: CreateVersionChoice; label: string }> = [
  { value: 'default', label: msg('Default (yes)') },
  { value: 'true', label: msg('Yes: create version V0001 now') },
  { value: 'false', label: msg('No: a job without versions') },
];

/** Hyperparameters, output and log paths, volumes; for a new job also create_version and notification. */
export function OutputSection({ form, mode }: SectionProps) {
  const { control, register, formState } = form;
  const { errors } = formState;
  const { t } = useTranslation();
  const issue = useIssueText();
  const notify = useWatch({ control, name: 'notify' });
  const outputsHint = obsHint(useGuardrails(), 'outputs');
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label={t('Parameters and output')}
    >
      <Stack gap="sm">
        <HyperparameterFields control={control} register={register} errors={errors} />
        <ObsField
          form={form}
          name="train_url"
          label={t('Output path')}
          kind="folder"
          mayNotExist
          description={withHint(
            mode === 'version'
              ? t('Required for a new version')
              : t('Optional: where the job writes its model'),
            outputsHint,
          )}
          error={errors.train_url?.message}
        />
        <ObsField
          form={form}
          name="log_url"
          label={t('Log path')}
          kind="folder"
          mayNotExist
          description={t("Optional: OBS folder the job's log is also copied to ({{field}})", {
            field: 'config.log_url',
          })}
          error={errors.log_url?.message}
        />
        {mode !== 'version' && <VolumesEditor form={form} mode={mode} />}
        {mode === 'job' && (
          <>
            <Controller
              control={control}
              name="create_version"
              render={({ field }) => (
                <Select
                  label={t('Create the first version')}
                  description={t('Sent as {{field}}', { field: 'create_version' })}
                  data={CREATE_VERSION.map((o) => ({ ...o, label: t(o.label) }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? 'default')}
                  allowDeselect={false}
                  w={320}
                />
              )}
            />
            <Checkbox label={t('Send a notification object')} {...register('notify')} />
            {notify && (
              <>
                <TextInput
                  label={t('Notification topic URN')}
                  description={t('May be empty (seed 004 sends an empty notification)')}
                  {...register('topic_urn')}
                  error={issue(errors.topic_urn?.message)}
                />
                <Controller
                  control={control}
                  name="events"
                  render={({ field }) => (
                    <TagsInput
                      label={t('Notification events')}
                      value={field.value}
                      onChange={field.onChange}
                    />
                  )}
                />
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
