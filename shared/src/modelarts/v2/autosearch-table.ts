import type { ResultTable } from './autosearch.js';

/** The trials table's columns before the job's metric columns (as on the §4.15 page's sample)… */
export const TRIAL_COLUMNS = [
  '',
  'done',
  'pid',
  'config',
  'trial_id',
  'training_iteration',
  'time_total_s',
  'worker_index',
  'reward_attr',
  'status',
] as const;
/** …and its last column. */
export const BEST_REWARD_COLUMN = 'best_reward';

/** The rows of a header + data table as objects keyed by the header (the unnamed first column is `index`). */
export function tableRows(t: ResultTable): Record<string, unknown>[] {
  return t.data.map((row) =>
    Object.fromEntries(t.header.map((h, i) => [h === '' ? 'index' : h, row[i]])),
  );
}

/** One trial of a search, read from a trials table row. */
export interface TrialRow {
  trialId: string;
  status: string;
  done: boolean;
  /** Sampled hyperparameters (`config` without `trial_index` and the `param/` copies). */
  params: Record<string, unknown>;
  reward: number | null;
  bestReward: number | null;
  iterations: number | null;
  seconds: number | null;
  /** Other reported columns (metrics named by the job, e.g. `acc`, `loss`). */
  metrics: Record<string, string>;
}

const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const KNOWN = new Set<string>([...TRIAL_COLUMNS.map((c) => c || 'index'), BEST_REWARD_COLUMN]);

export function trialRows(t: ResultTable): TrialRow[] {
  return tableRows(t).map((r) => {
    const config =
      r.config && typeof r.config === 'object' ? (r.config as Record<string, unknown>) : {};
    const params = Object.fromEntries(
      Object.entries(config).filter(([k]) => k !== 'trial_index' && !k.startsWith('param/')),
    );
    const metrics = Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => !KNOWN.has(k))
        .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
    return {
      trialId: String(r.trial_id ?? ''),
      status: String(r.status ?? ''),
      done: String(r.done).toLowerCase() === 'true',
      params,
      reward: num(r.reward_attr),
      bestReward: num(r.best_reward),
      iterations: num(r.training_iteration),
      seconds: num(r.time_total_s),
      metrics,
    };
  });
}
