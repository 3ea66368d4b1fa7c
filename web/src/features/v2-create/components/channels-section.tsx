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
  const kind = useWatch({ control, name: `inputs.${index}.kind` });
  const err = errors.inputs?.[index];
  const n = index + 1;
  return (
    <Card withBorder padding="xs" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <TextInput
            label={`Input ${n} name`}
            placeholder="data_url"
            size="xs"
            {...register(`inputs.${index}.name`)}
            error={err?.name?.message}
          />
          <Controller
            control={control}
            name={`inputs.${index}.kind`}
            render={({ field }) => (
              <SegmentedControl
                aria-label={`Input ${n} source`}
                size="xs"
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'obs', label: 'OBS path' },
                  { value: 'dataset', label: 'Dataset' },
                ]}
              />
            )}
          />
          <CloseButton aria-label={`Remove input ${n}`} onClick={remove} />
        </Group>
        {kind === 'dataset' ? (
          <InputDatasetPicker index={index} control={control} errors={errors} />
        ) : (
          <ObsField
            control={control}
            name={`inputs.${index}.obsUrl`}
            label={`Input ${n} OBS path`}
            kind="folder"
            placeholder="obs://bucket/data/"
            size="xs"
            error={err?.obsUrl?.message}
          />
        )}
        <TextInput
          label={`Input ${n} local directory`}
          description="Optional: where the data appears in the container"
          size="xs"
          {...register(`inputs.${index}.localDir`)}
          error={err?.localDir?.message}
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
        Inputs
      </Text>
      {hint('data')}
      {inputs.fields.map((field, i) => (
        <InputRow key={field.id} index={i} remove={() => inputs.remove(i)} {...props} />
      ))}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => inputs.append(newInput())}>
          Add input
        </Button>
      </div>
      <Text fw={600} size="sm">
        Outputs
      </Text>
      {hint('outputs')}
      {outputs.fields.map((field, i) => {
        const err = errors.outputs?.[i];
        const n = i + 1;
        return (
          <Group key={field.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={`Output ${n} name`}
              placeholder="train_url"
              size="xs"
              {...register(`outputs.${i}.name`)}
              error={err?.name?.message}
            />
            <div style={{ flex: 1 }}>
              <ObsField
                control={control}
                name={`outputs.${i}.obsUrl`}
                label={`Output ${n} OBS path`}
                kind="folder"
                mayNotExist
                placeholder="obs://bucket/output/"
                size="xs"
                error={err?.obsUrl?.message}
              />
            </div>
            <TextInput
              label={`Output ${n} local directory`}
              size="xs"
              {...register(`outputs.${i}.localDir`)}
              error={err?.localDir?.message}
            />
            <CloseButton
              aria-label={`Remove output ${n}`}
              onClick={() => outputs.remove(i)}
              mt={24}
            />
          </Group>
        );
      })}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => outputs.append(newOutput())}>
          Add output
        </Button>
      </div>
    </Stack>
  );
}
