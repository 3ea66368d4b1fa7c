import {
  Button,
  Card,
  CloseButton,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  Controller,
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { newInput, newOutput, type V2JobFormValues } from '../form-values.js';
import { obsHint, useGuardrails } from '../../../lib/guardrails.js';
import { InputDatasetPicker } from './input-dataset-picker.js';
import { ObsField } from './obs-field.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

interface Props {
  control: Control<V2JobFormValues>;
  register: UseFormRegister<V2JobFormValues>;
  errors: FieldErrors<V2JobFormValues>;
}

function InputRow({
  index,
  remove,
  control,
  register,
  errors,
}: Props & { index: number; remove: () => void }) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const kind = useWatch({ control, name: `inputs.${index}.kind` });
  const err = errors.inputs?.[index];
  const n = index + 1;
  return (
    <Card withBorder padding="xs" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <TextInput
            label={t('Input {{n}} name', { n })}
            placeholder="data_url"
            size="xs"
            {...register(`inputs.${index}.name`)}
            error={issue(err?.name?.message)}
          />
          <Controller
            control={control}
            name={`inputs.${index}.kind`}
            render={({ field }) => (
              <SegmentedControl
                aria-label={t('Input {{n}} source', { n })}
                size="xs"
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'obs', label: t('OBS path') },
                  { value: 'dataset', label: t('Dataset') },
                ]}
              />
            )}
          />
          <CloseButton aria-label={t('Remove input {{n}}', { n })} onClick={remove} />
        </Group>
        {kind === 'dataset' ? (
          <InputDatasetPicker index={index} control={control} errors={errors} />
        ) : (
          <ObsField
            control={control}
            name={`inputs.${index}.obsUrl`}
            label={t('Input {{n}} OBS path', { n })}
            kind="folder"
            placeholder="obs://bucket/data/"
            size="xs"
            error={err?.obsUrl?.message}
          />
        )}
        <TextInput
          label={t('Input {{n}} local directory', { n })}
          description={t('Optional: where the data appears in the container')}
          size="xs"
          {...register(`inputs.${index}.localDir`)}
          error={issue(err?.localDir?.message)}
        />
      </Stack>
    </Card>
  );
}

/** Input channels (OBS path or dataset + version) and output channels (OBS path), with local_dir. */
export function ChannelsSection(props: Props) {
  const { control, register, errors } = props;
  const inputs = useFieldArray({ control, name: 'inputs' });
  const outputs = useFieldArray({ control, name: 'outputs' });
  const guardrails = useGuardrails();
  const { t } = useTranslation();
  const issue = useIssueText();
  const hint = (kind: 'data' | 'outputs') => {
    const text = obsHint(guardrails, kind);
    return text ? (
      <Text size="xs" c="dimmed">
        {text}
      </Text>
    ) : null;
  };
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('Inputs')}
      </Text>
      {hint('data')}
      {inputs.fields.map((field, i) => (
        <InputRow key={field.id} index={i} remove={() => inputs.remove(i)} {...props} />
      ))}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => inputs.append(newInput())}>
          {t('Add input')}
        </Button>
      </div>
      <Text fw={600} size="sm">
        {t('Outputs')}
      </Text>
      {hint('outputs')}
      {outputs.fields.map((field, i) => {
        const err = errors.outputs?.[i];
        const n = i + 1;
        return (
          <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('Output {{n}} name', { n })}
              placeholder="train_url"
              size="xs"
              {...register(`outputs.${i}.name`)}
              error={issue(err?.name?.message)}
            />
            <div style={{ flex: 1 }}>
              <ObsField
                control={control}
                name={`outputs.${i}.obsUrl`}
                label={t('Output {{n}} OBS path', { n })}
                kind="folder"
                mayNotExist
                placeholder="obs://bucket/output/"
                size="xs"
                error={err?.obsUrl?.message}
              />
            </div>
            <TextInput
              label={t('Output {{n}} local directory', { n })}
              size="xs"
              {...register(`outputs.${i}.localDir`)}
              error={issue(err?.localDir?.message)}
            />
            <CloseButton
              aria-label={t('Remove output {{n}}', { n })}
              onClick={() => outputs.remove(i)}
              mt={24}
            />
          </Group>
        );
      })}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => outputs.append(newOutput())}>
          {t('Add output')}
        </Button>
      </div>
    </Stack>
  );
}
