import { estimateCost, type PriceTable } from '@console/shared';
import { currentLanguage, t } from '../../lib/i18n/i18n.js';

export interface CostInput {
  /** The chosen v1 spec code or v2 flavor id ('' when none). */
  code: string;
  nodes: number;
  /** The job's auto stop, when it has one (> 0): the run cannot be longer. */
  autoStopHours?: number;
  /** The user's guess of the run time, used without an auto stop. */
  chosenHours: number;
}

export type CostState =
  | { kind: 'unavailable' }
  | { kind: 'no-resource' }
  | { kind: 'no-price'; code: string }
  | {
      kind: 'estimate';
      total: number;
      perNodeHour: number;
      nodes: number;
      hours: number;
      hoursFrom: 'auto-stop' | 'chosen';
    };

/** What the forms show for a choice: estimate = nodes × price per node-hour × hours. */
export function costState(table: PriceTable | null | undefined, c: CostInput): CostState {
  if (!table) return { kind: 'unavailable' };
  if (!c.code) return { kind: 'no-resource' };
  const perNodeHour = table.per_node_hour[c.code];
  if (perNodeHour === undefined) return { kind: 'no-price', code: c.code };
  const autoStop = c.autoStopHours !== undefined && c.autoStopHours > 0;
  const hours = autoStop ? (c.autoStopHours ?? 0) : c.chosenHours;
  const total = estimateCost(c.nodes, perNodeHour, hours);
  if (total === undefined) return { kind: 'no-resource' };
  return {
    kind: 'estimate',
    total,
    perNodeHour,
    nodes: c.nodes,
    hours,
    hoursFrom: autoStop ? 'auto-stop' : 'chosen',
  };
}

/** "€2.40"; sub-cent prices keep their digits ("€0.045"); in the console's language. */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: amount !== 0 && Math.abs(amount) < 0.1 ? 4 : 2,
  }).format(amount);
}

/** "2 nodes × €0.40 per node-hour × 3 h" (in the console's language) */
export function costFormula(s: Extract<CostState, { kind: 'estimate' }>, currency: string): string {
  return t('{{count}} nodes × {{price}} per node-hour × {{hours}} h', {
    count: s.nodes,
    price: formatMoney(s.perNodeHour, currency),
    hours: s.hours,
  });
}
