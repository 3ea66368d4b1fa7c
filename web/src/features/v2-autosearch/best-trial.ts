import type { TrialRow } from '@console/shared';
import type { RewardMode } from './trial-format.js';

/** A trial's score: its best reported reward, else its last one. */
export const trialScore = (t: TrialRow): number | null => t.bestReward ?? t.reward;

/** The best trial of a search by the reward mode (the first of equals), or null before any reward. */
export function bestTrial(trials: readonly TrialRow[], mode: RewardMode): TrialRow | null {
  let best: TrialRow | null = null;
  let bestScore = 0;
  for (const t of trials) {
    const score = trialScore(t);
    if (score === null) continue;
    if (best === null || (mode === 'max' ? score > bestScore : score < bestScore)) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
