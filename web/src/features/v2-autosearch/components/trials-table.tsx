import { Table, Text, UnstyledButton } from '@mantine/core';
import type { TrialRow } from '@console/shared';
import { formatValue } from '../trial-format.js';
import { EarlyStopButton } from './early-stop-button.js';
import { TrialStatusBadge } from './trial-status-badge.js';
import { useTranslation } from '../../../lib/i18n/use-translation.js';

interface Props {
  jobId: string;
  trials: readonly TrialRow[];
  /** Sampled parameter names, one column each. */
  columns: readonly string[];
  rewardName: string;
  bestId: string | null;
  selectedId: string | null;
  onSelect: (trialId: string) => void;
}

const STOPPABLE = new Set(['RUNNING', 'PENDING']);
const BEST_BG = 'var(--mantine-color-yellow-light)';

/** The search's trials: status, sampled values, last and best reward; the best one starred. */
export function TrialsTable(props: Props) {
  const { jobId, trials, columns, rewardName, bestId, selectedId, onSelect } = props;
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={4} aria-label={t('Trials')} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('Trial')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
            <Table.Th>{t('{{reward}} (last)', { reward: rewardName })}</Table.Th>
            <Table.Th>{t('Best {{reward}}', { reward: rewardName })}</Table.Th>
            <Table.Th>{t('Iterations')}</Table.Th>
            <Table.Th aria-label={t('Actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trials.map((trial, i) => {
            const best = trial.trialId === bestId;
            return (
              <Table.Tr
                key={`${trial.trialId}-${i}`}
                data-testid={`trial-${trial.trialId}`}
                data-best={best || undefined}
                bg={best ? BEST_BG : undefined}
              >
                <Table.Td>
                  {best && (
                    <Text span c="yellow.7" mr={4} role="img" aria-label={t('Best trial')}>
                      ★
                    </Text>
                  )}
                  <UnstyledButton
                    ff="monospace"
                    fz="sm"
                    td="underline"
                    aria-label={t('Show trial {{trial}}', { trial: trial.trialId })}
                    aria-pressed={trial.trialId === selectedId}
                    onClick={() => onSelect(trial.trialId)}
                  >
                    {trial.trialId}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <TrialStatusBadge status={trial.status} />
                </Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c}>{formatValue(trial.params[c])}</Table.Td>
                ))}
                <Table.Td>{formatValue(trial.reward)}</Table.Td>
                <Table.Td fw={best ? 600 : undefined}>{formatValue(trial.bestReward)}</Table.Td>
                <Table.Td>{formatValue(trial.iterations)}</Table.Td>
                <Table.Td>
                  {STOPPABLE.has(trial.status) && (
                    <EarlyStopButton jobId={jobId} trialId={trial.trialId} />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
