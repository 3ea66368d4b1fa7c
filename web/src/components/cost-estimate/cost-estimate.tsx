import { Badge, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { PriceTable } from '@console/shared';
import { usePriceTable } from '../../lib/price-query.js';
import {
  costFormula,
  costState,
  formatMoney,
  type CostInput,
  type CostState,
} from './cost-model.js';

function useCost(input: CostInput): { table: PriceTable | null | undefined; state: CostState } {
  const table = usePriceTable();
  return { table, state: costState(table, input) };
}

function SampleBadge({ table }: { table: PriceTable }) {
  return table.sample ? (
    <Badge color="yellow" variant="light" size="sm" title={table.note}>
      Sample prices
    </Badge>
  ) : null;
}

function Outcome({ table, state }: { table: PriceTable; state: CostState }) {
  if (state.kind === 'no-price') {
    return (
      <Text size="sm">
        The price table has no price for{' '}
        <Text span ff="monospace">
          {state.code}
        </Text>
        .
      </Text>
    );
  }
  if (state.kind !== 'estimate') {
    return <Text size="sm">Choose a resource to see its cost.</Text>;
  }
  return (
    <div>
      <Text fw={700} size="lg" data-testid="cost-estimate-total">
        {state.hoursFrom === 'auto-stop' ? 'At most ' : '≈ '}
        {formatMoney(state.total, table.currency)}
      </Text>
      <Text size="sm" c="dark.6">
        {costFormula(state, table.currency)}
      </Text>
    </div>
  );
}

export interface CostEstimateProps extends CostInput {
  onChosenHoursChange: (hours: number) => void;
}

/** Beside the spec/flavor picker: the price per node-hour × nodes × hours, with the hours to expect. */
export function CostEstimate(props: CostEstimateProps) {
  const { table, state } = useCost(props);
  if (table === undefined) return null;
  if (table === null) {
    return (
      <Text size="sm" c="dark.6">
        No cost estimate: the operator has not configured a price table.
      </Text>
    );
  }
  const autoStop = props.autoStopHours !== undefined && props.autoStopHours > 0;
  return (
    <Card withBorder radius="md" padding="sm" component="section" aria-label="Cost estimate">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600} size="sm">
            Cost estimate
          </Text>
          <SampleBadge table={table} />
        </Group>
        {autoStop ? (
          <Text size="sm">The job stops by itself after {props.autoStopHours} h.</Text>
        ) : (
          <NumberInput
            label="Expected run time (hours)"
            description="The job has no auto stop: how long do you expect it to run?"
            min={0}
            max={10_000}
            step={0.5}
            decimalScale={2}
            w={280}
            value={props.chosenHours}
            onChange={(v) => props.onChosenHoursChange(typeof v === 'number' ? v : Number(v) || 0)}
          />
        )}
        <div aria-live="polite">
          <Outcome table={table} state={state} />
        </div>
        {table.note && (
          <Text size="xs" c="dark.6">
            {table.note}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The request summary's line: the same estimate, one line. */
export function CostSummary(props: CostInput) {
  const { table, state } = useCost(props);
  if (!table || state.kind !== 'estimate') return null;
  return (
    <Card withBorder radius="md" padding="sm" mb="sm" aria-label="Cost estimate summary">
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm">
          Estimated cost{' '}
          <Text span fw={700} data-testid="cost-summary-total">
            {state.hoursFrom === 'auto-stop' ? 'at most ' : ''}
            {formatMoney(state.total, table.currency)}
          </Text>
        </Text>
        <SampleBadge table={table} />
      </Group>
      <Text size="xs" c="dark.6">
        {costFormula(state, table.currency)}
      </Text>
    </Card>
  );
}
