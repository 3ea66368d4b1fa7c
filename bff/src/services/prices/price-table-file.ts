import { readFileSync } from 'node:fs';
import { PriceTableSchema, type PriceTable } from '@console/shared';

export class PriceTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PriceTableError';
  }
}

/**
 * Reads PRICE_TABLE_FILE (shape: shared/src/console/prices.ts; example: config/prices.example.json).
 * Throws PriceTableError naming the file's problem and each bad field at once.
 */
export function readPriceTable(file: string): PriceTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PriceTableError(
      `PRICE_TABLE_FILE cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PriceTableError(`PRICE_TABLE_FILE is not JSON: ${(err as Error).message}`);
  }
  const r = PriceTableSchema.safeParse(json);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => `  - ${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new PriceTableError(`PRICE_TABLE_FILE is not a price table:\n${problems.join('\n')}`);
}
