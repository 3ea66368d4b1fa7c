import { Alert, Button, Card, Grid, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Engine, ResourceSpec } from '@console/shared';
import { useMemo, useState } from 'react';
import { useForm, type UseFormSetError } from 'react-hook-form';
import { RequestPreview, type PreviewTarget } from '../../../components/request-preview.js';
import { ApiError } from '../../../lib/api-error.js';
import { splitFieldPath } from '../../../lib/field-path.js';
import { allowedOnly, useGuardrails } from '../../../lib/guardrails.js';
import {
  formFieldForPath,
  jobBodyCheck,
  makeCreateJobFormSchema,
  type BodyCheck,
} from '../form-schema.js';
import { SEED_004_DEFAULTS, type CreateJobFormValues } from '../form-values.js';
import { toCreateJobRequest } from '../to-create-job-request.js';
import { CodeSourceSection } from './code-source-section.js';
import { DataSourceSection } from './data-source-section.js';
import type { FormMode } from './form-types.js';
import { OutputSection } from './output-section.js';
import { JobCostEstimate, JobCostSummary } from './job-cost.js';
import { ResourceSection } from './resource-section.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  specs: readonly ResourceSpec[];
  engines: readonly Engine[];
  /** Resolves when the upstream accepted the body; rejects with its error (values stay in the form). */
  onSubmit: (values: CreateJobFormValues) => Promise<void>;
  mode?: FormMode;
  defaultValues?: CreateJobFormValues;
  check?: BodyCheck;
  preview?: PreviewTarget<CreateJobFormValues>;
  submitLabel?: string;
  /** A configuration's name is its path: it cannot change when modifying. */
  nameLocked?: boolean;
}

const JOB_PREVIEW: PreviewTarget<CreateJobFormValues> = {
  endpoint: 'POST /v1/{project_id}/training-jobs',
  toBody: toCreateJobRequest,
};

/** Puts an upstream validation error (e.g. `field: "config.worker_server_num"`) beside its field. */
export function showServerFieldError(
  error: unknown,
  setError: UseFormSetError<CreateJobFormValues>,
) {
  if (!(error instanceof ApiError) || !error.field) return;
  const field = formFieldForPath(splitFieldPath(error.field));
  // a field the form has no input for (e.g. `config` itself) is shown above the form
  setError(field ? (field as keyof CreateJobFormValues) : 'root', {
    type: 'server',
    message: error.message,
  });
}

/** The v1 job form shared by "Create training job", "New version" and the configuration editor. */
export function CreateJobForm(props: Props) {
  const { engines, onSubmit, mode = 'job' } = props;
  const { t } = useTranslation();
  const issue = useIssueText();
  // the team portal's role may use only some specifications: the others are not offered
  const allowedFlavors = useGuardrails()?.flavors;
  const specs = useMemo(
    () => allowedOnly(props.specs, allowedFlavors, (s) => s.spec_code),
    [props.specs, allowedFlavors],
  );
  const check = props.check ?? jobBodyCheck;
  const schema = useMemo(
    () => makeCreateJobFormSchema(specs, check, { allowSoldOut: mode === 'config' }),
    [specs, check, mode],
  );
  const form = useForm<CreateJobFormValues>({
    resolver: zodResolver(schema),
    defaultValues: props.defaultValues ?? SEED_004_DEFAULTS,
    // Errors appear on submit, then follow each change: never on blur, where a message appearing
    // between mouse down and mouse up moves the button being clicked.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, formState } = form;
  const [costHours, setCostHours] = useState(1);
  const { errors, isSubmitting } = formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      showServerFieldError(error, form.setError);
    }
  });

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form
          onSubmit={submit}
          noValidate
          aria-label={props.submitLabel ?? t('Create training job')}
        >
          <Stack gap="md">
            {errors.root?.message && <Alert color="red">{issue(errors.root.message)}</Alert>}
            <Card withBorder radius="md" padding="md">
              <Stack gap="sm">
                {mode !== 'version' && (
                  <TextInput
                    label={mode === 'config' ? t('Configuration name') : t('Name')}
                    {...register('job_name')}
                    readOnly={props.nameLocked}
                    error={issue(errors.job_name?.message)}
                    description={
                      mode === 'config'
                        ? t('Letters, digits, - and _ (1–{{max}})', { max: 20 })
                        : t('Letters, digits, - and _ (1–{{max}})', { max: 64 })
                    }
                  />
                )}
                <Textarea
                  label={t('Description')}
                  description={t('Optional')}
                  autosize
                  minRows={2}
                  {...register('job_desc')}
                  error={issue(errors.job_desc?.message)}
                />
                {mode === 'job' && (
                  <TextInput
                    label={t('Workspace ID')}
                    description={t('Optional (default 0)')}
                    {...register('workspace_id')}
                    error={issue(errors.workspace_id?.message)}
                  />
                )}
              </Stack>
            </Card>
            <CodeSourceSection form={form} mode={mode} engines={engines} />
            <DataSourceSection form={form} mode={mode} />
            <ResourceSection form={form} mode={mode} specs={specs}>
              <JobCostEstimate
                control={form.control}
                hours={costHours}
                onHoursChange={setCostHours}
              />
            </ResourceSection>
            <OutputSection form={form} mode={mode} />
            <Group
              justify="flex-end"
              p="sm"
              bg="var(--mantine-color-body)"
              style={{
                position: 'sticky',
                bottom: 0,
                zIndex: 2,
                borderTop: '1px solid var(--mantine-color-gray-3)',
              }}
            >
              <Button type="submit" loading={isSubmitting}>
                {props.submitLabel ?? t('Create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <JobCostSummary control={form.control} hours={costHours} />
          <RequestPreview control={form.control} target={props.preview ?? JOB_PREVIEW} />
        </div>
      </Grid.Col>
    </Grid>
  );
}
