import { trialRows } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { TRIALS } from './__fixtures__/search-job.js';
import { bestTrial, trialScore } from './best-trial.js';

const rows = trialRows(TRIALS.items);

describe('bestTrial', () => {
  it('picks the highest best reward for max and the lowest for min', () => {
    expect(bestTrial(rows, 'max')?.trialId).toBe('ae544174');
    expect(bestTrial(rows, 'min')?.trialId).toBe('ae548666');
  });

  it('falls back to the last reward, keeps the first of equals and skips trials without one', () => {
    const [a, b, c] = rows;
    if (!a || !b || !c) throw new Error('fixture has three trials');
    const lastOnly = { ...b, bestReward: null, reward: 0.99 };
    expect(trialScore(lastOnly)).toBe(0.99);
    expect(bestTrial([c, a, lastOnly], 'max')?.trialId).toBe('ae548666');
    expect(bestTrial([a, { ...a, trialId: 'twin' }], 'min')?.trialId).toBe('ae544174');
    expect(bestTrial([c], 'max')).toBeNull();
    expect(bestTrial([], 'min')).toBeNull();
  });
});
