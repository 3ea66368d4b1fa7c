import { Table, Text, UnstyledButton } from '@mantine/core';
import type { TrialRow } from '@console/shared';
import { formatValue } from '../trial-format.js';
import { EarlyStopButton } from './early-stop-button.js';
import { TrialStatusBadge } from './trial-status-badge.js';

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
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={4} aria-label="Trials" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Trial</Table.Th>
            <Table.Th>Status</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
            <Table.Th>{rewardName} (last)</Table.Th>
            <Table.Th>Best {rewardName}</Table.Th>
            <Table.Th>Iterations</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trials.map((t, i) => {
            const best = t.trialId === bestId;
            return (
              <Table.Tr
                key={`${t.trialId}-${i}`}
                data-testid={`trial-${t.trialId}`}
                data-best={best || undefined}
                bg={best ? BEST_BG : undefined}
              >
                <Table.Td>
                  {best && (
                    <Text span c="yellow.7" mr={4} role="img" aria-label="Best trial">
                      ★
                    </Text>
                  )}
                  <UnstyledButton
                    ff="monospace"
                    fz="sm"
                    td="underline"
                    aria-label={`Show trial ${t.trialId}`}
                    aria-pressed={t.trialId === selectedId}
                    onClick={() => onSelect(t.trialId)}
                  >
                    {t.trialId}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <TrialStatusBadge status={t.status} />
                </Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c}>{formatValue(t.params[c])}</Table.Td>
                ))}
                <Table.Td>{formatValue(t.reward)}</Table.Td>
                <Table.Td fw={best ? 600 : undefined}>{formatValue(t.bestReward)}</Table.Td>
                <Table.Td>{formatValue(t.iterations)}</Table.Td>
                <Table.Td>
                  {STOPPABLE.has(t.status) && <EarlyStopButton jobId={jobId} trialId={t.trialId} />}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
