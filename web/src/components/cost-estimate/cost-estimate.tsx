import { Badge, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { PriceTable } from '@console/shared';
import { usePriceTable } from '../../lib/price-query.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';
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
  const { t } = useTranslation();
  return table.sample ? (
    <Badge color="yellow" variant="light" size="sm" title={table.note} translate="no">
      {t('Sample prices')}
    </Badge>
  ) : null;
}

function Outcome({ table, state }: { table: PriceTable; state: CostState }) {
  const { t } = useTranslation();
  if (state.kind === 'no-price') {
    // the code in monospace wherever the language puts it in the sentence
    const [before, after] = t('The price table has no price for {{code}}.').split('{{code}}');
    return (
      <Text size="sm">
        {before}
        <Text span ff="monospace">
          {state.code}
        </Text>
        {after}
      </Text>
    );
  }
  if (state.kind !== 'estimate') {
    return <Text size="sm">{t('Choose a resource to see its cost.')}</Text>;
  }
  const money = formatMoney(state.total, table.currency);
  return (
    <div>
      <Text fw={700} size="lg" data-testid="cost-estimate-total">
        {state.hoursFrom === 'auto-stop'
          ? t('At most {{amount}}', { amount: money })
          : `≈ ${money}`}
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
  const { t } = useTranslation();
  const { table, state } = useCost(props);
  if (table === undefined) return null;
  if (table === null) {
    return (
      <Text size="sm" c="dark.6">
        {t('No cost estimate: the operator has not configured a price table.')}
      </Text>
    );
  }
  const autoStop = props.autoStopHours !== undefined && props.autoStopHours > 0;
  return (
    <Card withBorder radius="md" padding="sm" component="section" aria-label={t('Cost estimate')}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t('Cost estimate')}
          </Text>
          <SampleBadge table={table} />
        </Group>
        {autoStop ? (
          <Text size="sm">
            {t('The job stops by itself after {{hours}} h.', { hours: props.autoStopHours })}
          </Text>
        ) : (
          <NumberInput
            label={t('Expected run time (hours)')}
            description={t('The job has no auto stop: how long do you expect it to run?')}
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
          // the operator's own words in the price table
          <Text size="xs" c="dark.6" translate="no">
            {table.note}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The request summary's line: the same estimate, one line. */
export function CostSummary(props: CostInput) {
  const { t } = useTranslation();
  const { table, state } = useCost(props);
  if (!table || state.kind !== 'estimate') return null;
  const money = formatMoney(state.total, table.currency);
  return (
    <Card withBorder radius="md" padding="sm" mb="sm" aria-label={t('Cost estimate summary')}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('Estimated cost')}{' '}
          <Text span fw={700} data-testid="cost-summary-total">
            {state.hoursFrom === 'auto-stop' ? t('at most {{amount}}', { amount: money }) : money}
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
