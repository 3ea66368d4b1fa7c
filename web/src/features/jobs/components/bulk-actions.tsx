import { Button, Group, Text } from '@mantine/core';
import { canStopRow } from '../api/job-row-actions.js';
import type { JobAction } from '../hooks/use-job-actions.js';
import type { JobRow } from '../job-rows.js';
import { confirmJobAction } from './confirm-job-action.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  rows: readonly JobRow[];
  stopAction: (rows: readonly JobRow[]) => JobAction;
  deleteAction: JobAction;
  busy: boolean;
  onClear: () => void;
  /** What the user's role allows (team portal). */
  allowStop: boolean;
  allowDelete: boolean;
}

/** Shown while jobs are selected: act on all of them at once. */
export function BulkActions({
  rows,
  stopAction,
  deleteAction,
  busy,
  onClear,
  allowStop,
  allowDelete,
}: Props) {
  const { t } = useTranslation();
  const stoppable = rows.filter(canStopRow);
  return (
    <Group gap="xs" role="group" aria-label={t('Selected jobs')}>
      <Text size="sm" fw={500}>
        {t('{{n}} selected', { n: rows.length })}
      </Text>
      {allowStop && (
        <Button
          size="xs"
          variant="light"
          color="orange"
          disabled={stoppable.length === 0}
          loading={busy}
          onClick={() => confirmJobAction(stopAction(stoppable), stoppable)}
        >
          {t('Stop')} {stoppable.length > 0 ? `(${stoppable.length})` : ''}
        </Button>
      )}
      {allowDelete && (
        <Button
          size="xs"
          variant="light"
          color="red"
          loading={busy}
          onClick={() => confirmJobAction(deleteAction, rows)}
        >
          {t('Delete')} ({rows.length})
        </Button>
      )}
      <Button size="xs" variant="subtle" color="gray" onClick={onClear}>
        {t('Clear selection')}
      </Button>
    </Group>
  );
}
