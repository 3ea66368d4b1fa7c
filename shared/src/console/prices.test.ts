import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateCost, PriceTableSchema } from './prices.js';

describe('estimateCost', () => {
  it('is nodes × price per node-hour × hours', () => {
    expect(estimateCost(2, 1.5, 3)).toBe(9);
    expect(estimateCost(1, 0.12, 24)).toBeCloseTo(2.88, 10);
    expect(estimateCost(4, 0, 10)).toBe(0);
  });

  it('equals the product for any valid inputs, and is undefined for bad ones', () => {
    const finite = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), finite, finite, (n, p, h) => {
        expect(estimateCost(n, p, h)).toBe(n * p * h);
      }),
      { seed: 1212, numRuns: 500 },
    );
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(estimateCost(bad, 1, 1)).toBeUndefined();
      expect(estimateCost(1, bad, 1)).toBeUndefined();
      expect(estimateCost(1, 1, bad)).toBeUndefined();
    }
  });
});

describe('PriceTableSchema', () => {
  it('names the field of a bad entry', () => {
    const r = PriceTableSchema.safeParse({ currency: 'eur', per_node_hour: { 'a b': -1 } });
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('currency must be a 3-letter ISO 4217 code such as EUR');
    expect(messages).toContain('per_node_hour keys must be spec or flavor codes');
  });
});
