import { ActionIcon, Menu } from '@mantine/core';
import { canStopRow, stopVerb } from '../api/job-row-actions.js';
import type { JobAction } from '../hooks/use-job-actions.js';
import type { JobRow } from '../job-rows.js';
import { confirmJobAction } from './confirm-job-action.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  row: JobRow;
  stopAction: (rows: readonly JobRow[]) => JobAction;
  deleteAction: JobAction;
  busy: boolean;
  /** What the user's role allows on this row (team portal). */
  allowStop: boolean;
  allowDelete: boolean;
}

/** The "⋯" menu of one row: stop/terminate while it is active, delete always (as the role allows). */
export function JobRowMenu({ row, stopAction, deleteAction, busy, allowStop, allowDelete }: Props) {
  const { t } = useTranslation();
  const showStop = allowStop && canStopRow(row);
  if (!showStop && !allowDelete) return null;
  // The trigger stays mounted while busy (a spinner, disabled) so keyboard focus has somewhere to return.
  return (
    <Menu position="bottom-end" withinPortal disabled={busy}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          loading={busy}
          aria-busy={busy}
          aria-label={
            busy
              ? t('Working on {{name}}', { name: row.name })
              : t('Actions for {{name}}', { name: row.name })
          }
        >
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {showStop && (
          <Menu.Item color="orange" onClick={() => confirmJobAction(stopAction([row]), [row])}>
            {t(stopVerb(row.target))}
          </Menu.Item>
        )}
        {allowDelete && (
          <Menu.Item color="red" onClick={() => confirmJobAction(deleteAction, [row])}>
            {t('Delete')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
