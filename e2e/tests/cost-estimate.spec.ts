import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PriceTableSchema } from '@console/shared';
import { logIn } from './support/console.js';
import { choose, fill, openV2CreateForm } from './support/v2-forms.js';

/** The table the e2e BFF serves (PRICE_TABLE_FILE in playwright.config.ts). */
const TABLE = PriceTableSchema.parse(
  JSON.parse(readFileSync(new URL('../../config/prices.example.json', import.meta.url), 'utf8')),
);
const euro = (n: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: TABLE.currency }).format(n);
const price = (code: string) => {
  const p = TABLE.per_node_hour[code];
  if (p === undefined) throw new Error(`no sample price for ${code}`);
  return p;
};

test('v1 form: the estimate is workers × price per node-hour × expected hours, beside the picker and in the summary', async ({
  page,
}) => {
  await logIn(page);
  await page.getByRole('link', { name: 'Create training job', exact: true }).click();
  const code = 'modelarts.vm.cpu.8u.multi';
  await page.getByRole('radio', { name: new RegExp(code.replace(/\./g, '\\.')) }).check();
  await page.getByLabel('Workers').fill('3');
  const estimate = page.getByRole('region', { name: 'Cost estimate', exact: true });
  await expect(estimate.getByText('Sample prices', { exact: true })).toBeVisible();
  await estimate.getByLabel('Expected run time (hours)').fill('2.5');
  const expected = euro(3 * price(code) * 2.5);
  await expect(page.getByTestId('cost-estimate-total')).toHaveText(`≈ ${expected}`);
  await expect(page.getByTestId('cost-summary-total')).toHaveText(expected);
});

test('v2 form: with an auto stop, the estimate is nodes × price × the auto stop hours', async ({
  page,
}) => {
  await logIn(page);
  await openV2CreateForm(page);
  const code = 'modelarts.vm.cpu.4u';
  await choose(page, 'Flavor', new RegExp(code.replace(/\./g, '\\.')));
  await fill(page, 'Nodes', '3');
  await fill(page, 'Auto stop (hours)', '4');
  const expected = euro(3 * price(code) * 4);
  await expect(page.getByTestId('cost-estimate-total')).toHaveText(`At most ${expected}`);
  await expect(page.getByTestId('cost-summary-total')).toHaveText(`at most ${expected}`);
});
