import { ActionIcon, Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { notifyError } from '../../../lib/notify-error.js';
import { useUpdateV2Description } from '../api/v2-job.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

/** The job description with an inline editor (`PUT …/training-jobs/{id}`, 0–256 characters). */
export function DescriptionEditor({
  jobId,
  description,
  editable = true,
}: {
  jobId: string;
  description: string;
  /** false when the user's role may not change jobs. */
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const update = useUpdateV2Description(jobId);
  const tooLong = (draft ?? '').length > 256;

  if (draft === null)
    return (
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text size="sm" c={description ? undefined : 'dimmed'} data-testid="job-description">
          {description || t('No description')}
        </Text>
        {editable && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t('Edit description')}
            onClick={() => setDraft(description)}
          >
            ✎
          </ActionIcon>
        )}
      </Group>
    );

  const save = () =>
    update.mutate(draft, {
      onSuccess: () => setDraft(null),
      onError: (error) => {
        notifyError(t('Could not save'), error);
      },
    });

  return (
    <Group gap="xs" align="flex-end">
      <Textarea
        label={t('Description')}
        autosize
        minRows={1}
        w={360}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        error={tooLong ? t('At most {{max}} characters', { max: 256 }) : undefined}
      />
      <Button size="xs" onClick={save} loading={update.isPending} disabled={tooLong}>
        {t('Save')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setDraft(null)}>
        {t('Cancel')}
      </Button>
    </Group>
  );
}
