import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PriceTableError, readPriceTable } from './price-table-file.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prices-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

describe('readPriceTable', () => {
  it('reads the shipped example', () => {
    const example = new URL('../../../../config/prices.example.json', import.meta.url);
    const t = readPriceTable(example.pathname);
    expect(t).toMatchObject({ currency: 'EUR', sample: true });
  });

  it('names every bad field', () => {
    const p = file('bad.json', JSON.stringify({ currency: 'euro', per_node_hour: { x: -2 } }));
    expect(() => readPriceTable(p)).toThrow(PriceTableError);
    expect(() => readPriceTable(p)).toThrow(/currency: currency must be a 3-letter/);
    expect(() => readPriceTable(p)).toThrow(
      /per_node_hour\.x: per_node_hour values must be at least 0/,
    );
  });

  it('says when the file is missing or not JSON', () => {
    expect(() => readPriceTable(path.join(dir, 'none.json'))).toThrow(/cannot be read \(ENOENT\)/);
    expect(() => readPriceTable(file('t.json', '{ nope'))).toThrow(/is not JSON/);
  });
});
