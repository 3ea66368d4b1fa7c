import { tableRows, type ResultTable } from '@console/shared';

export interface RewardPoint {
  iteration: number;
  reward: number | null;
}

const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** One point per reported row of a trial (`training_iteration`, else the row's position). */
export function rewardPoints(t: ResultTable): RewardPoint[] {
  return tableRows(t).map((r, i) => ({
    iteration: num(r.training_iteration) ?? i + 1,
    reward: num(r.reward_attr),
  }));
}

/** Trial states whose reports may still grow (the rest have ended). */
const ACTIVE_STATUSES: ReadonlySet<string> = new Set(['RUNNING', 'PENDING']);

/** The trial may still report: RUNNING or PENDING. */
export function isActiveTrial(status: string | undefined): boolean {
  return status !== undefined && ACTIVE_STATUSES.has(status.toUpperCase());
}

/** The raw reports table shows at most this many rows (the chart shows every point). */
export const MAX_HISTORY_ROWS = 1_000;

/** The last `max` rows of a table (all of them when there are fewer). */
export function lastRows(t: ResultTable, max = MAX_HISTORY_ROWS): ResultTable['data'] {
  return t.data.length > max ? t.data.slice(t.data.length - max) : t.data;
}
