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
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Engine, ResourceSpec } from '@console/shared';
import { useMemo } from 'react';
import { Controller, useForm, useWatch, type UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api-error.js';
import { formFieldForPath, makeCreateJobFormSchema } from '../form-schema.js';
import { SEED_004_DEFAULTS, type CreateJobFormValues } from '../form-values.js';
import { EngineField } from './engine-field.js';
import { HyperparameterFields } from './hyperparameter-fields.js';
import { RequestPreview } from './request-preview.js';
import { SpecField } from './spec-field.js';

interface Props {
  specs: readonly ResourceSpec[];
  engines: readonly Engine[];
  /** Resolves when the job exists; rejects with the upstream error (values stay in the form). */
  onSubmit: (values: CreateJobFormValues) => Promise<void>;
}

/** Puts an upstream validation error (e.g. `field: "config.worker_server_num"`) beside its field. */
export function showServerFieldError(
  error: unknown,
  setError: UseFormSetError<CreateJobFormValues>,
) {
  if (!(error instanceof ApiError) || !error.field) return;
  const field = formFieldForPath(error.field.split('.'));
  if (field)
    setError(field as keyof CreateJobFormValues, { type: 'server', message: error.message });
}

export function CreateJobForm({ specs, engines, onSubmit }: Props) {
  const schema = useMemo(() => makeCreateJobFormSchema(specs), [specs]);
  const form = useForm<CreateJobFormValues>({
    resolver: zodResolver(schema),
    defaultValues: SEED_004_DEFAULTS,
    mode: 'onTouched',
  });
  const { control, register, formState } = form;
  const { errors, isSubmitting } = formState;
  const specCode = useWatch({ control, name: 'spec_code' });
  const maxWorkers = specs.find((s) => s.spec_code === specCode)?.max_num ?? 64;

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
        <form onSubmit={submit} noValidate aria-label="Create training job">
          <Stack gap="md">
            {errors.root?.message && <Alert color="red">{errors.root.message}</Alert>}
            <Card withBorder radius="md" padding="md">
              <Stack gap="sm">
                <TextInput
                  label="Name"
                  {...register('job_name')}
                  error={errors.job_name?.message}
                  description="Letters, digits, - and _ (1–64)"
                />
                <Textarea
                  label="Description"
                  description="Optional"
                  autosize
                  minRows={2}
                  {...register('job_desc')}
                  error={errors.job_desc?.message}
                />
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="md">
              <Stack gap="sm">
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
                <TextInput
                  label="Code directory"
                  {...register('app_url')}
                  error={errors.app_url?.message}
                />
                <TextInput
                  label="Boot file"
                  {...register('boot_file_url')}
                  error={errors.boot_file_url?.message}
                />
                <TextInput
                  label="Data path"
                  {...register('data_url')}
                  error={errors.data_url?.message}
                  description="OBS directory with the training data"
                />
                <TextInput
                  label="Output path"
                  description="Optional: where the job writes its model"
                  {...register('train_url')}
                  error={errors.train_url?.message}
                />
                <HyperparameterFields control={control} register={register} errors={errors} />
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="md">
              <Stack gap="sm">
                <Controller
                  control={control}
                  name="spec_code"
                  render={({ field }) => (
                    <SpecField
                      specs={specs}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      error={errors.spec_code?.message}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="worker_server_num"
                  render={({ field }) => (
                    <NumberInput
                      label="Workers"
                      description={`1 to ${maxWorkers} for the chosen specification`}
                      min={1}
                      max={maxWorkers}
                      clampBehavior="none"
                      allowDecimal={false}
                      allowNegative={false}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      error={errors.worker_server_num?.message}
                      w={280}
                    />
                  )}
                />
              </Stack>
            </Card>
            <Group justify="flex-end">
              <Button type="submit" loading={isSubmitting}>
                Create
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <RequestPreview control={control} />
        </div>
      </Grid.Col>
    </Grid>
  );
}
