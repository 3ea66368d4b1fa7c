import { ActionIcon, Button, Group, Text, Textarea } from '@mantine/core';
import { UpdateJobDescriptionRequestSchema } from '@console/shared';
import { useState } from 'react';
import { notifyError } from '../../../lib/notify-error.js';
import { useUpdateDescription } from '../api/job-actions.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { useIssueText } from '../issue-text.js';

/** The job description, edited in place (PUT `{job_desc}`, 0–256 characters). */
export function DescriptionEditor({
  jobId,
  value,
  editable = true,
}: {
  jobId: number;
  value: string;
  /** false when the user's role may not change jobs. */
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const issue = useIssueText();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateDescription(jobId);

  if (draft === null) {
    return (
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Text size="sm" data-testid="job-description">
          {value || '—'}
        </Text>
        {editable && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={t('Edit description')}
            onClick={() => {
              setDraft(value);
              setError(null);
            }}
          >
            ✎
          </ActionIcon>
        )}
      </Group>
    );
  }

  const save = () => {
    const parsed = UpdateJobDescriptionRequestSchema.safeParse({ job_desc: draft });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('Invalid description'));
      return;
    }
    update.mutate(parsed.data.job_desc, {
      onSuccess: () => setDraft(null),
      onError: (e) => {
        notifyError(t('Could not save'), e);
      },
    });
  };

  return (
    <div>
      <Textarea
        aria-label={t('Job description')}
        autosize
        minRows={2}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        error={error === null ? null : issue(error)}
      />
      <Group gap="xs" mt={4}>
        <Button size="xs" onClick={save} loading={update.isPending}>
          {t('Save description')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setDraft(null)}>
          {t('Cancel')}
        </Button>
      </Group>
    </div>
  );
}
