import { expect, test, type Page } from '@playwright/test';
import { logIn } from './support/console.js';
import { createV2Job } from './support/v2-api-jobs.js';

/** A long-running v2 job, created through the console's API with the page's own session. */
const createRunningV2Job = async (page: Page, name: string): Promise<string> =>
  (await createV2Job(page, name, { steps: 600, stepSeconds: 0.2 })).id;

test('select jobs in the list, terminate the running ones, then delete them all', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const prefix = `bulk_${Date.now() % 100000}`;
  await createRunningV2Job(page, `${prefix}_a`);
  await createRunningV2Job(page, `${prefix}_b`);
  await page.getByLabel('Search by name').fill(prefix);
  const table = page.getByRole('table', { name: 'Training jobs' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.getByText('Running')).toHaveCount(2, { timeout: 20_000 });

  await page.getByRole('checkbox', { name: 'Select all jobs on this page' }).check();
  const bar = page.getByRole('group', { name: 'Selected jobs' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('job-list-selection.png') });
  await bar.getByRole('button', { name: 'Stop (2)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Terminate' }).click();
  await expect(table.getByText('Terminated')).toHaveCount(2, { timeout: 20_000 });

  await bar.getByRole('button', { name: 'Delete (2)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No training jobs match these filters')).toBeVisible();
  await expect(page.getByText('Delete: 2 jobs done')).toBeVisible();
});
