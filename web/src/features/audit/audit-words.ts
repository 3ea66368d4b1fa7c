import { v1Endpoints, v2Endpoints, type AuditEntry, type Endpoint } from '@console/shared';
import { t } from '../../lib/i18n/i18n.js';
import { msg } from '../../lib/i18n/msg.js';

/** What each state-changing call did, in the user's words. */
const V1_WORDS: Partial<Record<keyof typeof v1Endpoints, string>> = {
  createJob: msg('Created job'),
  updateJobDescription: msg('Changed job description'),
  deleteJob: msg('Deleted job'),
  createVersion: msg('Started new version'),
  deleteVersion: msg('Deleted version'),
  stopVersion: msg('Stopped job'),
  createConfig: msg('Saved configuration'),
  updateConfig: msg('Modified configuration'),
  deleteConfig: msg('Deleted configuration'),
  createVisualizationJob: msg('Created visualization job'),
  updateVisualizationJob: msg('Changed visualization job'),
  deleteVisualizationJob: msg('Deleted visualization job'),
  stopVisualizationJob: msg('Stopped visualization job'),
  restartVisualizationJob: msg('Restarted visualization job'),
};
const V2_WORDS: Partial<Record<keyof typeof v2Endpoints, string>> = {
  createJob: msg('Created job'),
  updateJobDescription: msg('Changed job description'),
  deleteJob: msg('Deleted job'),
  jobAction: msg('Terminated job'),
  createAlgorithm: msg('Created algorithm'),
  updateAlgorithm: msg('Modified algorithm'),
  deleteAlgorithm: msg('Deleted algorithm'),
  earlyStopTrial: msg('Stopped trial early'),
};

interface Matcher {
  method: string;
  pattern: RegExp;
  words: string;
}

function matchers<K extends string>(
  endpoints: Record<K, Endpoint>,
  words: Partial<Record<K, string>>,
): Matcher[] {
  const out: Matcher[] = [];
  for (const name of Object.keys(words) as K[]) {
    const e = endpoints[name];
    const path = e.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    // the console path the browser called (`/api/v1/training-jobs/12`), as the audit records it
    const pattern = new RegExp(`^/api/${e.api}/${path}/?$`);
    out.push({ method: e.method, pattern, words: words[name] ?? '' });
  }
  return out;
}

const MATCHERS = [...matchers(v1Endpoints, V1_WORDS), ...matchers(v2Endpoints, V2_WORDS)];

/** "Deleted job", "Created job", …; a call the console does not know: "Other change (POST)". */
export function describeAction(entry: Pick<AuditEntry, 'method' | 'path'>): string {
  const m = MATCHERS.find((x) => x.method === entry.method && x.pattern.test(entry.path));
  return m ? t(m.words) : t('Other change ({{method}})', { method: entry.method });
}

export type Outcome = { label: 'success' | 'refused' | 'failed'; color: string };

/** How the call ended: done, refused by the console or the cloud (4xx), or failed (5xx). */
export function outcomeOf(status: number): Outcome {
  if (status < 400) return { label: msg('success'), color: 'green' };
  if (status < 500) return { label: msg('refused'), color: 'orange' };
  return { label: msg('failed'), color: 'red' };
}
