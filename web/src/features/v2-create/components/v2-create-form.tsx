import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Algorithm, TrainingEngine, TrainingFlavor } from '@console/shared';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { RequestPreview, type PreviewTarget } from '../../../components/request-preview.js';
import { ApiError } from '../../../lib/api-error.js';
import { splitFieldPath } from '../../../lib/field-path.js';
import { allowedOnly, nodeBound, useGuardrails } from '../../../lib/guardrails.js';
import { maxNodesOf } from '../flavor-options.js';
import { formFieldForPath } from '../form-field-path.js';
import { makeV2FormSchema } from '../form-schema.js';
import { EMPTY_V2_FORM, type V2JobFormValues } from '../form-values.js';
import { toCreateV2Request } from '../to-create-request.js';
import { AlgorithmSection } from './algorithm-section.js';
import { AutoSearchSection } from './auto-search-section.js';
import { ChannelsSection } from './channels-section.js';
import { KeyValueRows } from './key-value-rows.js';
import { ObsField } from './obs-field.js';
import { JobCostEstimate, JobCostSummary } from './job-cost.js';
import { ResourceSection } from './resource-section.js';
import { VolumesEditor } from './volumes-editor.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

const V2_PREVIEW: PreviewTarget<V2JobFormValues> = {
  endpoint: 'POST /v2/{project_id}/training-jobs',
  toBody: toCreateV2Request,
};

interface Props {
  flavors: readonly TrainingFlavor[];
  engines: readonly TrainingEngine[];
  algorithms: readonly Algorithm[];
  defaultValues?: V2JobFormValues;
  /** Resolves when the job exists; rejects with the upstream error (values stay in the form). */
  onSubmit: (values: V2JobFormValues) => Promise<void>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

export function V2CreateForm({ engines, algorithms, defaultValues, onSubmit, ...props }: Props) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const guardrails = useGuardrails();
  // the team portal's role may use only some flavors: the others are not offered
  const flavors = useMemo(
    () => allowedOnly(props.flavors, guardrails?.flavors, (f) => f.flavor_id),
    [props.flavors, guardrails?.flavors],
  );
  const stopMax = guardrails?.auto_stop_max_hours;
  const schema = useMemo(
    () => makeV2FormSchema((id) => nodeBound(maxNodesOf(flavors, id), guardrails), stopMax),
    [flavors, guardrails, stopMax],
  );
  const initial = defaultValues ?? EMPTY_V2_FORM;
  const form = useForm<V2JobFormValues>({
    resolver: zodResolver(schema),
    // a role that must stop by itself starts at its longest allowed run
    defaultValues:
      stopMax !== undefined && (initial.autoStopHours < 1 || initial.autoStopHours > stopMax)
        ? { ...initial, autoStopHours: stopMax }
        : initial,
    mode: 'onTouched',
  });
  const { control, register, formState, setValue } = form;
  const [costHours, setCostHours] = useState(1);
  const { errors, isSubmitting } = formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      if (!(error instanceof ApiError)) return;
      const field = error.field ? formFieldForPath(splitFieldPath(error.field), values) : null;
      form.setError(field ? (field as keyof V2JobFormValues) : 'root', {
        type: 'server',
        message: `${error.code}: ${error.message}`,
      });
    }
  });

  const shared = { control, register, errors };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form onSubmit={submit} noValidate aria-label={t('Create v2 training job')}>
          <Stack gap="md">
            {errors.root?.message && (
              <Alert color="red" role="alert">
                {issue(errors.root.message)}
              </Alert>
            )}
            <Section title={t('Job')}>
              <TextInput
                label={t('Name')}
                description={t('Letters, digits, - and _ (1–{{max}})', { max: 64 })}
                {...register('name')}
                error={issue(errors.name?.message)}
              />
              <Textarea
                label={t('Description')}
                description={t('Optional')}
                autosize
                minRows={1}
                {...register('description')}
                error={issue(errors.description?.message)}
              />
            </Section>
            <Section title={t('Algorithm')}>
              <AlgorithmSection
                algorithms={algorithms}
                engines={engines}
                setValue={setValue}
                {...shared}
              />
            </Section>
            <Section title={t('Hyperparameters')}>
              <KeyValueRows name="parameters" noun="Parameter" {...shared} />
            </Section>
            <Section title={t('Hyperparameter search')}>
              <AutoSearchSection setValue={setValue} {...shared} />
            </Section>
            <Section title={t('Data')}>
              <ChannelsSection {...shared} />
            </Section>
            <Section title={t('Environment variables')}>
              <KeyValueRows
                name="environments"
                noun="Variable"
                namePlaceholder="NAME"
                {...shared}
              />
            </Section>
            <Section title={t('Resources')}>
              <ResourceSection flavors={flavors} {...shared} />
              <VolumesEditor {...shared} />
              <ObsField
                control={control}
                name="logExportPath"
                label={t('Log export path')}
                kind="folder"
                mayNotExist
                description={t('Optional OBS folder that receives the logs')}
                placeholder="obs://bucket/logs/"
                error={errors.logExportPath?.message}
              />
              <Controller
                control={control}
                name="autoStopHours"
                render={({ field }) => (
                  <NumberInput
                    label={t('Auto stop (hours)')}
                    description={
                      stopMax !== undefined
                        ? t('Required by your role: 1–{{max}}', { max: stopMax })
                        : t('0 = never')
                    }
                    min={stopMax !== undefined ? 1 : 0}
                    max={stopMax}
                    allowDecimal={false}
                    w={200}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
                    onBlur={field.onBlur}
                    error={issue(errors.autoStopHours?.message)}
                  />
                )}
              />
              <JobCostEstimate control={control} hours={costHours} onHoursChange={setCostHours} />
            </Section>
            <Group justify="flex-end">
              <Button type="submit" loading={isSubmitting}>
                {t('Create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 72 }}>
          <JobCostSummary control={control} hours={costHours} />
          <RequestPreview control={control} target={V2_PREVIEW} testId="v2-request-preview" />
        </div>
      </Grid.Col>
    </Grid>
  );
}
