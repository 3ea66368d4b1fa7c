import { Text } from '@mantine/core';
import type { TrialRow } from '@console/shared';
import { trialScore } from '../best-trial.js';
import { formatValue } from '../trial-format.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  best: TrialRow | null;
  rewardName: string;
  columns: readonly string[];
}

/** "Best: trial ae544174 — acc 0.93 with learning_rate=0.12, batch_size=32". */
export function BestTrialSummary({ best, rewardName, columns }: Props) {
  const { t } = useTranslation();
  if (!best)
    return (
      <Text size="sm" c="dimmed" data-testid="best-trial">
        {t('No trial has reported {{reward}} yet.', { reward: rewardName })}
      </Text>
    );
  const params = columns
    .filter((c) => c in best.params)
    .map((c) => `${c}=${formatValue(best.params[c])}`)
    .join(', ');
  return (
    <Text size="sm" data-testid="best-trial">
      <Text span fw={600}>
        ★ {t('Best:')}
      </Text>{' '}
      {t('trial')}{' '}
      <Text span ff="monospace">
        {best.trialId}
      </Text>{' '}
      — {rewardName} {formatValue(trialScore(best))}
      {params && ` ${t('with {{params}}', { params })}`}
    </Text>
  );
}
