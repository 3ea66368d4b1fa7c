import type { AutoSearch } from '@console/shared';

export type RewardMode = 'max' | 'min';

/** The metric a search judges by: `reward_attrs[0]` (name defaults to "reward", mode to max). */
export function rewardOf(search: AutoSearch): { name: string; mode: RewardMode } {
  const first = search.reward_attrs?.[0];
  return { name: first?.name?.trim() || 'reward', mode: first?.mode === 'min' ? 'min' : 'max' };
}

/** A number with at most 4 significant digits (`0.05512301741232006` → `0.05512`). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}

/** A cell or sampled value for display: numbers (also numeric strings) shortened, objects as JSON. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') {
    const n = v.trim() === '' ? NaN : Number(v);
    return Number.isFinite(n) ? formatNumber(n) : v;
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Parameter columns: the searched names first (in the job's order), then any other sampled key. */
export function paramColumns(search: AutoSearch, params: Record<string, unknown>[]): string[] {
  const named = (search.search_params ?? []).map((p) => p.name?.trim() ?? '').filter(Boolean);
  return [...new Set([...named, ...params.flatMap((p) => Object.keys(p))])];
}
