import { V1_JOB_STATUSES, v2PhaseInfo, v2SecondaryPhaseLabel } from '@console/shared';
import { t } from '../lib/i18n/i18n.js';
import { msg } from '../lib/i18n/msg.js';

/**
 * The status words of both APIs, as `@console/shared`'s tables spell them (v1's status codes, v2's
 * phases and secondary phases), marked for translation: a badge shows `t(label)`.
 * `status-words.test.ts` holds this list equal to the shared tables.
 */
export const STATUS_WORDS: readonly string[] = [
  msg('Unknown'),
  msg('Initializing'),
  msg('Creating image'),
  msg('Image failed'),
  msg('Submitting'),
  msg('Submit failed'),
  msg('Delete failed'),
  msg('Queuing'),
  msg('Running'),
  msg('Stopping'),
  msg('Completed'),
  msg('Failed'),
  msg('Stopped'),
  msg('Canceled'),
  msg('Lost'),
  msg('Scaling'),
  msg('Model submit failed'),
  msg('Deploy failed'),
  msg('Review initializing'),
  msg('Under review'),
  msg('Review completed'),
  msg('Review failed'),
  msg('Mount failed'),
  // v2 phases and secondary phases besides the words above
  msg('Creating'),
  msg('Pending'),
  msg('Terminating'),
  msg('Terminated'),
  msg('Abnormal'),
  msg('Run failed'),
  msg('Creation failed'),
  msg('Termination failed'),
];

/** A v1 status code in the console's language; a code the table does not know as "Status 99". */
export function v1StatusWord(code: number): string {
  const known = V1_JOB_STATUSES.get(code);
  return known ? t(known.label) : t('Status {{code}}', { code });
}

/** A v2 phase in the console's language; a phase the docs do not list is shown as sent. */
export function v2PhaseWord(phase: string): string {
  return t(v2PhaseInfo(phase).label);
}

/** A v2 secondary phase in the console's language (unknown values as sent). */
export function v2SecondaryPhaseWord(secondary: string): string {
  return t(v2SecondaryPhaseLabel(secondary));
}
