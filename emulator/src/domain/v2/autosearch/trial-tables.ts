import { TRIAL_COLUMNS } from '@console/shared';
import type { TrialConfig, V2SearchState, V2Trial } from '../../../store/v2-search-types.js';
import { bestReward, isEnded, lastReward } from './trial-state.js';

/** The trials table's columns before the metric names (as on the page's sample). */
export const TRIALS_HEADER = TRIAL_COLUMNS;

const str = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const pyBool = (b: boolean) => (b ? 'True' : 'False');

/** The `config` cell: sampled values, `trial_index` and `param/<name>` copies. */
export function configCell(t: V2Trial): Record<string, unknown> {
  const c: TrialConfig = t.config ?? {};
  return {
    ...c,
    trial_index: t.index,
    ...Object.fromEntries(Object.entries(c).map(([k, v]) => [`param/${k}`, v])),
  };
}

const seconds = (t: V2Trial, at: number) =>
  t.start_at === null ? '' : String(Math.max(0, at - t.start_at) / 1000);

export function trialsHeader(s: V2SearchState | undefined): string[] {
  return [...TRIALS_HEADER, ...(s?.metrics.map((m) => m.name) ?? []), 'best_reward'];
}

function trialRow(s: V2SearchState, t: V2Trial, now: number): unknown[] {
  const last = t.iterations[t.iterations.length - 1];
  return [
    String(t.index),
    pyBool(isEnded(t)),
    str(t.pid),
    configCell(t),
    t.trial_id,
    t.status === 'PENDING' ? '' : String(t.iterations.length),
    seconds(t, t.end_at ?? now),
    '',
    str(lastReward(t)),
    t.status,
    ...s.metrics.map((m) => last?.metrics[m.name] ?? ''),
    str(bestReward(t, s.reward.mode)),
  ];
}

/** `GET …/autosearch-trials`: a page of the trials (offset = item offset). */
export function trialsPage(
  s: V2SearchState | undefined,
  limit: number,
  offset: number,
  now = Date.now(),
) {
  const trials = s?.trials ?? [];
  const page = trials.slice(offset, offset + limit);
  return {
    total: trials.length,
    count: page.length,
    limit,
    offset,
    group_by: '',
    items: { header: trialsHeader(s), data: s ? page.map((t) => trialRow(s, t, now)) : [] },
  };
}

/** `GET …/autosearch-trials/{trial_id}`: one row per reported iteration, the last one `done` when the trial ended. */
export function trialHistory(s: V2SearchState, t: V2Trial) {
  const header = [
    'done',
    'pid',
    'best_reward',
    'time_total_s',
    'config',
    ...s.metrics.map((m) => m.name),
    'trial_id',
    'training_iteration',
    'reward_attr',
  ];
  const n = t.iterations.length;
  let best: number | null = null; // the running best, so far by mode
  const data = t.iterations.map((it, i) => {
    if (best === null || (s.reward.mode === 'max' ? it.reward > best : it.reward < best))
      best = it.reward;
    return [
      pyBool(i === n - 1 && isEnded(t)),
      str(t.pid),
      str(best),
      seconds(t, it.at),
      configCell(t),
      ...s.metrics.map((m) => it.metrics[m.name] ?? ''),
      t.trial_id,
      String(i + 1),
      String(it.reward),
    ];
  });
  return { header, data };
}
