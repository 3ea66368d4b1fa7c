import { expect, test, type Page } from '@playwright/test';
import { logIn } from './support/console.js';

const CSRF = { 'X-Requested-With': 'modelarts-console' };

/** A long-running v2 job, created through the console's API with the page's own session. */
async function createRunningV2Job(page: Page, name: string): Promise<string> {
  const res = await page.request.post('/api/v2/training-jobs', {
    headers: CSRF,
    data: {
      kind: 'job',
      metadata: { name },
      algorithm: {
        id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
        parameters: [
          { name: 'steps', value: '600' },
          { name: 'step_seconds', value: '0.2' },
        ],
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { metadata: { id: string } }).metadata.id;
}

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
