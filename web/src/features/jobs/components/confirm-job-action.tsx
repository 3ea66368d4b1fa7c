import { List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { describeError } from '../../../lib/api-error.js';
import { notifyError } from '../../../lib/notify-error.js';
import type { BatchResult } from '../api/job-row-actions.js';
import type { JobAction } from '../hooks/use-job-actions.js';
import type { JobRow } from '../job-rows.js';
import { t } from '../../../lib/i18n/i18n.js';

const SHOWN = 8;
const plural = (n: number) => t('{{count}} jobs', { count: n });

/** Up to this many failures get a notification each; more are summed up in one. */
const SEPARATE_FAILURES = 3;

/**
 * Reports a batch: one green summary, and a red notification per failed job (code + message), or
 * one listing them when many failed.
 */
export function reportBatch(verb: string, results: readonly BatchResult[]): void {
  const failed = results.filter((r) => r.error !== null);
  const done = results.length - failed.length;
  if (done > 0)
    notifications.show({
      color: 'green',
      title: t('{{verb}}: {{jobs}} done', { verb: t(verb), jobs: plural(done) }),
      message: '',
    });
  if (failed.length > SEPARATE_FAILURES) {
    const { code, message } = describeError(failed[0]?.error);
    const names = failed.slice(0, SHOWN).map((f) => f.row.name);
    const more = failed.length > SHOWN ? t(', … and {{n}} more', { n: failed.length - SHOWN }) : '';
    notifications.show({
      color: 'red',
      title: t('{{verb}} failed for {{jobs}}', { verb: t(verb), jobs: plural(failed.length) }),
      message: t('{{names}}{{more}}. First error {{code}}: {{message}}', {
        names: names.join(', '),
        more,
        code,
        message,
      }),
      autoClose: false,
    });
    return;
  }
  for (const f of failed)
    notifyError(t('{{verb}} {{name}} failed', { verb: t(verb), name: f.row.name }), f.error, {
      autoClose: false,
    });
}

/** Asks before acting on jobs, naming them; then runs the action and reports each outcome. */
export function confirmJobAction(action: JobAction, rows: readonly JobRow[]): void {
  const names = rows.slice(0, SHOWN).map((r) => r.name);
  modals.openConfirmModal({
    title: t('{{verb}} {{what}}?', {
      verb: t(action.verb),
      what: rows.length === 1 ? (rows[0]?.name ?? '') : plural(rows.length),
    }),
    children: (
      <>
        <Text size="sm">{t(action.effect)}</Text>
        {rows.length > 1 && (
          <List size="sm" mt="xs">
            {names.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
            {rows.length > SHOWN && (
              <List.Item>{t('… and {{n}} more', { n: rows.length - SHOWN })}</List.Item>
            )}
          </List>
        )}
      </>
    ),
    labels: { confirm: t(action.verb), cancel: t('Cancel') },
    confirmProps: { color: action.color },
    onConfirm: () => {
      void action.run(rows).then((results) => reportBatch(action.verb, results));
    },
  });
}
