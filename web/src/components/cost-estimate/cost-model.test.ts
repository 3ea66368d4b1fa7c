import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PriceTable } from '@console/shared';
import { costFormula, costState, formatMoney } from './cost-model.js';

const TABLE: PriceTable = {
  currency: 'EUR',
  sample: true,
  per_node_hour: { 'modelarts.vm.cpu.8u': 0.4, 'modelarts.p3.large.public.free': 0 },
};

describe('costState', () => {
  it('is nodes × price per node-hour × the chosen hours', () => {
    const s = costState(TABLE, { code: 'modelarts.vm.cpu.8u', nodes: 3, chosenHours: 5 });
    expect(s).toMatchObject({ kind: 'estimate', hoursFrom: 'chosen', hours: 5, perNodeHour: 0.4 });
    expect(s.kind === 'estimate' && s.total).toBeCloseTo(6, 10);
  });

  it('uses the auto stop duration when the job has one', () => {
    const s = costState(TABLE, {
      code: 'modelarts.vm.cpu.8u',
      nodes: 2,
      autoStopHours: 10,
      chosenHours: 1,
    });
    expect(s).toMatchObject({ kind: 'estimate', hoursFrom: 'auto-stop', hours: 10 });
    expect(s.kind === 'estimate' && s.total).toBeCloseTo(8, 10);
  });

  it('equals the formula for any nodes, hours and price of the table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (nodes, hours, price) => {
          const table = { ...TABLE, per_node_hour: { f: price } };
          const s = costState(table, { code: 'f', nodes, chosenHours: hours });
          expect(s).toMatchObject({ kind: 'estimate', total: nodes * price * hours });
        },
      ),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('says why there is no estimate', () => {
    expect(costState(null, { code: 'x', nodes: 1, chosenHours: 1 })).toEqual({
      kind: 'unavailable',
    });
    expect(costState(TABLE, { code: '', nodes: 1, chosenHours: 1 })).toEqual({
      kind: 'no-resource',
    });
    expect(costState(TABLE, { code: 'modelarts.x', nodes: 1, chosenHours: 1 })).toEqual({
      kind: 'no-price',
      code: 'modelarts.x',
    });
    expect(
      costState(TABLE, { code: 'modelarts.vm.cpu.8u', nodes: Number.NaN, chosenHours: 1 }),
    ).toEqual({ kind: 'no-resource' });
  });
});

describe('formatting', () => {
  it('writes money in the table currency, sub-cent prices with their digits', () => {
    expect(formatMoney(2.4, 'EUR')).toBe('€2.40');
    expect(formatMoney(0.045, 'USD')).toBe('$0.045');
    expect(formatMoney(0, 'EUR')).toBe('€0.00');
  });

  it('spells the formula', () => {
    const s = costState(TABLE, { code: 'modelarts.vm.cpu.8u', nodes: 1, chosenHours: 3 });
    if (s.kind !== 'estimate') throw new Error(s.kind);
    expect(costFormula(s, 'EUR')).toBe('1 node × €0.40 per node-hour × 3 h');
  });
});
