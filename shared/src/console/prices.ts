import { z } from 'zod';

/**
 * The operator's price table (`PRICE_TABLE_FILE`, JSON), served to signed-in users by
 * `GET /api/prices` → PricesResponse. Prices are per node-hour, keyed by the resource code the
 * create forms pick: a v1 `spec_code` or a v2 `flavor_id` (the public pools share these codes).
 */
export const PRICES_API = '/api/prices';

/** A spec or flavor code: `modelarts.vm.cpu.8u`. */
const PRICE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const PriceTableSchema = z.strictObject({
  /** ISO 4217 code, e.g. EUR, CNY, USD. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be a 3-letter ISO 4217 code such as EUR'),
  /** true: illustrative prices, not a real tariff (the forms say so next to every estimate). */
  sample: z.boolean({ error: 'sample must be true or false' }).default(false),
  /** A short note shown with the estimate (e.g. where the prices come from). */
  note: z.string().max(300, 'note must be at most 300 characters').optional(),
  per_node_hour: z
    .record(
      z.string(),
      z
        .number({ error: 'per_node_hour values must be numbers' })
        .finite('per_node_hour values must be finite')
        .nonnegative('per_node_hour values must be at least 0'),
    )
    .superRefine((prices, ctx) => {
      for (const code of Object.keys(prices)) {
        if (PRICE_CODE.test(code)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [code],
          message: 'per_node_hour keys must be spec or flavor codes',
        });
      }
    }),
});
export type PriceTable = z.infer<typeof PriceTableSchema>;

/** `table: null` when the operator configured no price table (the forms then show no estimate). */
export const PricesResponseSchema = z.object({ table: PriceTableSchema.nullable() });
export type PricesResponse = z.infer<typeof PricesResponseSchema>;

/**
 * The estimate of a run: nodes × price per node-hour × hours. Undefined when an input is not a
 * finite number ≥ 0 (a half-typed form), so nothing wrong is ever shown.
 */
export function estimateCost(
  nodes: number,
  perNodeHour: number,
  hours: number,
): number | undefined {
  const ok = (n: number) => Number.isFinite(n) && n >= 0;
  if (!ok(nodes) || !ok(perNodeHour) || !ok(hours)) return undefined;
  return nodes * perNodeHour * hours;
}
