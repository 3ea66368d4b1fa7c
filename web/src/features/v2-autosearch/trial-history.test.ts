import { describe, expect, it } from 'vitest';
import { isActiveTrial, lastRows, MAX_HISTORY_ROWS, rewardPoints } from './trial-history.js';

const table = (n: number) => ({
  header: ['training_iteration', 'reward_attr'],
  data: Array.from({ length: n }, (_, i) => [String(i + 1), String(i / n)]),
});

describe('trial history helpers', () => {
  it('treats only RUNNING and PENDING trials as still reporting', () => {
    expect(['RUNNING', 'PENDING', 'running'].map(isActiveTrial)).toEqual([true, true, true]);
    expect(['TERMINATED', 'ERROR', '', undefined].map(isActiveTrial)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('keeps the last 1,000 rows for the raw table and every point for the chart', () => {
    const t = table(1_234);
    const rows = lastRows(t);
    expect(MAX_HISTORY_ROWS).toBe(1_000);
    expect(rows).toHaveLength(1_000);
    expect(rows[0]?.[0]).toBe('235');
    expect(rows[999]?.[0]).toBe('1234');
    expect(rewardPoints(t)).toHaveLength(1_234);
    expect(lastRows(table(3))).toHaveLength(3);
  });
});
