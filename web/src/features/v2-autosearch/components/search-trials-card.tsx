import { Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { AutoSearch } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { trialsQueryOptions } from '../api/autosearch-queries.js';
import { bestTrial } from '../best-trial.js';
import { paramColumns, rewardOf } from '../trial-format.js';
import { isActiveTrial } from '../trial-history.js';
import { useRefetchWhenEnded } from '../use-refetch-when-ended.js';
import { BestTrialSummary } from './best-trial-summary.js';
import { ParameterImportance } from './parameter-importance.js';
import { TrialHistory } from './trial-history.js';
import { TrialsTable } from './trials-table.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { formatNumber } from '../../../lib/i18n/format.js';

interface Props {
  jobId: string;
  search: AutoSearch;
  /** The job is not terminal: trials refresh every few seconds. */
  live: boolean;
}

/** The "Hyperparameter search" card of a search job: best trial, trials, history, importance. */
export function SearchTrialsCard({ jobId, search, live }: Props) {
  const { t } = useTranslation();
  const trials = useQuery(trialsQueryOptions(jobId, live));
  const [selected, setSelected] = useState<string | null>(null);
  useRefetchWhenEnded(jobId, live);
  const reward = rewardOf(search);
  const rows = trials.data?.trials ?? [];
  const columns = paramColumns(
    search,
    rows.map((row) => row.params),
  );
  const best = bestTrial(rows, reward.mode);
  const selectedStatus = rows.find((t) => t.trialId === selected)?.status;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label={t('Hyperparameter search')}
    >
      <Title order={2} size="h4" mb="xs">
        {t('Hyperparameter search')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {search.algo_configs?.[0]?.name ?? t('Default algorithm')} ·{' '}
        {reward.mode === 'max'
          ? t('maximize {{reward}}', { reward: reward.name })
          : t('minimize {{reward}}', { reward: reward.name })}
      </Text>
      {trials.isPending && <Skeleton height={120} aria-label={t('Loading trials')} />}
      {trials.isError && <ErrorAlert error={trials.error} title={t('Could not load the trials')} />}
      {trials.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('No trials yet — the first one starts when the job runs.')}
        </Text>
      )}
      {rows.length > 0 && (
        <Stack gap="sm">
          <BestTrialSummary best={best} rewardName={reward.name} columns={columns} />
          <TrialsTable
            jobId={jobId}
            trials={rows}
            columns={columns}
            rewardName={reward.name}
            bestId={best?.trialId ?? null}
            selectedId={selected}
            onSelect={(id) => setSelected((cur) => (cur === id ? null : id))}
          />
          {trials.data && trials.data.total > rows.length && (
            <Text size="xs" c="dimmed">
              {t('Showing {{shown}} of {{total}} trials.', {
                shown: formatNumber(rows.length),
                total: formatNumber(trials.data.total),
              })}
            </Text>
          )}
          {selected && (
            <TrialHistory
              key={selected}
              jobId={jobId}
              trialId={selected}
              rewardName={reward.name}
              live={live && isActiveTrial(selectedStatus)}
              onClose={() => setSelected(null)}
            />
          )}
          <ParameterImportance jobId={jobId} live={live} />
        </Stack>
      )}
    </Card>
  );
}
