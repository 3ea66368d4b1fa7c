import {
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { Algorithm, TrainingEngine } from '@console/shared';
import { obsHint, useGuardrails } from '../../../lib/guardrails.js';
import {
  Controller,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import type { AlgorithmSourceKind, V2JobFormValues } from '../form-values.js';
import { EnginePicker } from './engine-picker.js';
import { ObsField } from './obs-field.js';
import { msg } from '../../../lib/i18n/msg.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  algorithms: readonly Algorithm[];
  engines: readonly TrainingEngine[];
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  setValue: UseFormSetValue<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

const SOURCES: { value: AlgorithmSourceKind; label: string }[] = [
  { value: 'algorithm', label: msg('My algorithms') },
  { value: 'subscription', label: msg('Subscribed') },
  { value: 'code', label: msg('Code + boot file') },
  { value: 'image', label: msg('Custom image') },
];

function AlgorithmPicker({
  algorithms,
  control,
  setValue,
  errors,
}: Omit<Props, 'engines' | 'register'>) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const id = useWatch({ control, name: 'algorithmId' });
  const chosen = algorithms.find((a) => a.metadata.id === id);
  const params = chosen?.job_config?.parameters ?? [];
  const useParams = () =>
    setValue(
      'parameters',
      params.map((p) => ({ name: p.name, value: p.value ?? '' })),
      { shouldDirty: true },
    );
  return (
    <Stack gap={4}>
      <Controller
        control={control}
        name="algorithmId"
        render={({ field }) => (
          <Select
            label={t('Algorithm')}
            placeholder={
              algorithms.length ? t('Choose one of your algorithms') : t('No algorithms yet')
            }
            searchable
            data={algorithms.map((a) => ({ value: a.metadata.id, label: a.metadata.name }))}
            value={field.value || null}
            onChange={(v) => field.onChange(v ?? '')}
            onBlur={field.onBlur}
            error={issue(errors.algorithmId?.message)}
            description={chosen ? `id ${chosen.metadata.id}` : undefined}
          />
        )}
      />
      {params.length > 0 && (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('Takes {{names}}', { names: params.map((p) => p.name).join(', ') })}
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={useParams}>
            {t('Use its parameters')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The algorithm source switch and the fields of the chosen source (catalog §4.1 `algorithm`). */
export function AlgorithmSection(props: Props) {
  const { control, register, errors, engines } = props;
  const [source, codeDir] = useWatch({ control, name: ['source', 'codeDir'] });
  const codeHint = obsHint(useGuardrails(), 'code');
  const { t } = useTranslation();
  const issue = useIssueText();
  return (
    <Stack gap="sm">
      <Controller
        control={control}
        name="source"
        render={({ field }) => (
          <SegmentedControl
            aria-label={t('Algorithm source')}
            fullWidth
            value={field.value}
            onChange={(v) => field.onChange(v as AlgorithmSourceKind)}
            data={SOURCES.map((s) => ({ ...s, label: t(s.label) }))}
          />
        )}
      />
      {source === 'algorithm' && <AlgorithmPicker {...props} />}
      {source === 'subscription' && (
        <Group grow align="flex-start">
          <TextInput
            label={t('Subscription ID')}
            {...register('subscriptionId')}
            error={issue(errors.subscriptionId?.message)}
          />
          <TextInput
            label={t('Item version ID')}
            {...register('itemVersionId')}
            error={issue(errors.itemVersionId?.message)}
          />
        </Group>
      )}
      {source === 'code' && (
        <>
          <ObsField
            control={control}
            name="codeDir"
            label={t('Code directory')}
            kind="folder"
            placeholder="obs://bucket/code/"
            description={codeHint}
            error={errors.codeDir?.message}
          />
          <ObsField
            control={control}
            name="bootFile"
            label={t('Boot file')}
            kind="file"
            browseWithin={codeDir}
            placeholder="obs://bucket/code/train.py"
            description={codeHint}
            error={errors.bootFile?.message}
          />
          <EnginePicker engines={engines} control={control} errors={errors} />
        </>
      )}
      {source === 'image' && (
        <>
          <TextInput
            label={t('Image URL')}
            placeholder="organization/image:tag"
            {...register('imageUrl')}
            error={issue(errors.imageUrl?.message)}
          />
          <Textarea
            label={t('Command')}
            placeholder="python train.py"
            autosize
            minRows={1}
            {...register('command')}
            error={issue(errors.command?.message)}
          />
        </>
      )}
      {source !== 'algorithm' && source !== 'subscription' && (
        <Group grow align="flex-start">
          <TextInput
            label={t('Working directory')}
            description={t('Optional')}
            {...register('workingDir')}
            error={issue(errors.workingDir?.message)}
          />
          <TextInput
            label={t('Local code directory')}
            description={t('Optional, under {{dir}}', { dir: '/home' })}
            {...register('localCodeDir')}
            error={issue(errors.localCodeDir?.message)}
          />
        </Group>
      )}
    </Stack>
  );
}
