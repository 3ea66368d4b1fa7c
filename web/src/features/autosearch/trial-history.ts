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
