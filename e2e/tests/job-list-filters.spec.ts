import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { receivedRequests } from './support/emulator-control.js';
import { segment } from './support/v2-forms.js';

test('list filters live in the URL and survive a reload', async ({ page }, testInfo) => {
  await logIn(page);
  await segment(page, 'API version', 'v2');
  await expect(page).toHaveURL(/[?&]api=v2/);
  await page.getByLabel('Search by name').fill('TestModelArts');
  await expect(page).toHaveURL(/[?&]q=TestModelArts/);
  await page.getByRole('combobox', { name: 'Sort', exact: true }).click();
  await page.getByRole('option', { name: 'Name A–Z' }).click();
  await expect(page).toHaveURL(/[?&]sort=name/);
  await expect(page).toHaveURL(/[?&]order=asc/);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'v2' })).toBeChecked();
  await expect(page.getByLabel('Search by name')).toHaveValue('TestModelArts');
  await expect(page.getByRole('combobox', { name: 'Sort', exact: true })).toHaveValue('Name A–Z');
  // The reloaded page asked the v2 search with the filters from the URL (and no v1 list).
  const searches = (await receivedRequests()).filter((r) =>
    r.path.endsWith('/training-job-searches'),
  );
  expect(searches.at(-1)?.body).toEqual({
    offset: 0,
    limit: 10,
    sort_by: 'name',
    order: 'asc',
    filters: [{ key: 'name', operator: 'like', value: ['TestModelArts'] }],
  });
  // Only v2 rows are listed.
  const rows = page.getByRole('table', { name: 'Training jobs' }).locator('tbody tr');
  for (const api of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-api')))) {
    expect(api).toBe('v2');
  }

  await page.screenshot({ path: testInfo.outputPath('job-list-filtered.png') });
  await page.goBack();
  await expect(page).not.toHaveURL(/order=asc/);
});
