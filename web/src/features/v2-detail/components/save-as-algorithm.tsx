import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { V2_NAME_PATTERN, type TrainingJobV2 } from '@console/shared';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../lib/api-error.js';
import { useSaveAsAlgorithm } from '../api/save-algorithm.js';
import { toAlgorithmRequest } from '../to-algorithm-request.js';
import * as i18n from '../../../lib/i18n/i18n.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

function nameProblem(name: string): string | null {
  const n = name.trim();
  if (!n) return i18n.t('Give the algorithm a name');
  if (n.length > 64) return i18n.t('At most {{max}} characters', { max: 64 });
  if (!V2_NAME_PATTERN.test(n))
    return i18n.t('Only letters, digits, hyphens (-) and underscores (_)');
  return null;
}

/** "Save as algorithm": the job's code, engine and hyperparameters become one of "My algorithms". */
export function SaveAsAlgorithm({ job }: { job: TrainingJobV2 }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const save = useSaveAsAlgorithm();
  const open = () => {
    setName(`${job.metadata.name.slice(0, 59)}-algo`);
    setDescription(t('Saved from training job {{name}}', { name: job.metadata.name }));
    setTouched(false);
    save.reset();
    setOpened(true);
  };
  const problem = nameProblem(name);
  // a refused request (e.g. a name already taken) is shown next to the name
  const serverError = save.error ? describeError(save.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    save.mutate(toAlgorithmRequest(job, name, description), {
      onSuccess: (algo) => {
        setOpened(false);
        notifications.show({
          color: 'green',
          title: t('Algorithm saved'),
          message: t('{{name}} is now in My algorithms of the v2 create form.', {
            name: algo.metadata.name,
          }),
        });
      },
    });
  };
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('Save as algorithm')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('Save as algorithm')}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t(
                "The job's code, engine, hyperparameters (as defaults) and the names of its inputs and outputs are saved; new jobs pick it under My algorithms.",
              )}
            </Text>
            <TextInput
              label={t('Algorithm name')}
              description={t('1–64 letters, digits, - or _')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              onBlur={() => setTouched(true)}
              error={
                (touched && problem) ||
                (serverError && `${serverError.code}: ${serverError.message}`)
              }
              data-autofocus
            />
            <Textarea
              label={t('Description')}
              autosize
              minRows={2}
              maxLength={256}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('Cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('Save algorithm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
