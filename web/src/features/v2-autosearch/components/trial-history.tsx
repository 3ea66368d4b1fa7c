import { CloseButton, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { trialHistoryQueryOptions } from '../api/autosearch-queries.js';
import { formatValue } from '../trial-format.js';
import { lastRows, rewardPoints } from '../trial-history.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';
import { formatNumber } from '../../../lib/i18n/format.js';

// the chart library loads when a trial's history is opened, not with the job page
const RewardChart = lazy(() =>
  import('./reward-chart.js').then((m) => ({ default: m.RewardChart })),
);

interface Props {
  jobId: string;
  trialId: string;
  rewardName: string;
  /** The trial is RUNNING or PENDING (and the job runs): its reports refresh. */
  live: boolean;
  onClose: () => void;
}

/** One trial's reports (`GET …/autosearch-trials/{trial_id}`): reward per iteration, then the rows. */
export function TrialHistory({ jobId, trialId, rewardName, live, onClose }: Props) {
  const { t } = useTranslation();
  const history = useQuery(trialHistoryQueryOptions(jobId, trialId, live));
  const table = history.data;
  const shown = table ? lastRows(table) : [];
  return (
    <section aria-label={t('Trial {{trial}} history', { trial: trialId })}>
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h6">
          {t('Trial')}{' '}
          <Text span ff="monospace">
            {trialId}
          </Text>
        </Title>
        <CloseButton aria-label={t('Close trial history')} onClick={onClose} />
      </Group>
      {history.isPending && <Skeleton height={120} aria-label={t('Loading trial history')} />}
      {history.isError && (
        <ErrorAlert
          error={history.error}
          title={t('Could not load trial {{trial}}', { trial: trialId })}
        />
      )}
      {table && table.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('This trial has not reported yet.')}
        </Text>
      )}
      {table && table.data.length > 0 && (
        <>
          <Suspense fallback={<Skeleton height={200} aria-hidden />}>
            <RewardChart points={rewardPoints(table)} rewardName={rewardName} />
          </Suspense>
          {shown.length < table.data.length && (
            <Text size="xs" c="dimmed">
              {t('Showing the last {{shown}} of {{total}} reports.', {
                shown: formatNumber(shown.length),
                total: formatNumber(table.data.length),
              })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={500}>
            <Table
              verticalSpacing={2}
              fz="xs"
              aria-label={t('Trial {{trial}} reports', { trial: trialId })}
            >
              <Table.Thead>
                <Table.Tr>
                  {table.header.map((h, i) => (
                    <Table.Th key={`${h}-${i}`}>{h || '#'}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row, r) => (
                  <Table.Tr key={r}>
                    {table.header.map((h, i) => (
                      <Table.Td key={`${h}-${i}`} ff={h === 'config' ? 'monospace' : undefined}>
                        {typeof row[i] === 'string' ? row[i] : formatValue(row[i])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}
