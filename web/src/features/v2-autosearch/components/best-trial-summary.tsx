import { Text } from '@mantine/core';
import type { TrialRow } from '@console/shared';
import { trialScore } from '../best-trial.js';
import { formatValue } from '../trial-format.js';

interface Props {
  best: TrialRow | null;
  rewardName: string;
  columns: readonly string[];
}

/** "Best: trial ae544174 — acc 0.93 with learning_rate=0.12, batch_size=32". */
export function BestTrialSummary({ best, rewardName, columns }: Props) {
  if (!best)
    return (
      <Text size="sm" c="dimmed" data-testid="best-trial">
        No trial has reported {rewardName} yet.
      </Text>
    );
  const params = columns
    .filter((c) => c in best.params)
    .map((c) => `${c}=${formatValue(best.params[c])}`)
    .join(', ');
  return (
    <Text size="sm" data-testid="best-trial">
      <Text span fw={600}>
        ★ Best:
      </Text>{' '}
      trial{' '}
      <Text span ff="monospace">
        {best.trialId}
      </Text>{' '}
      — {rewardName} {formatValue(trialScore(best))}
      {params && ` with ${params}`}
    </Text>
  );
}
