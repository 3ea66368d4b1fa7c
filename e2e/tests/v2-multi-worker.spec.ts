import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { addRows, choose, fill, openV2CreateForm } from './support/v2-forms.js';

test('a 2-node v2 job: both workers log live, merged too; terminate works', async ({
  page,
}, testInfo) => {
  const name = `ddp_two_${Date.now() % 100000}`;
  await logIn(page);
  await openV2CreateForm(page);
  await fill(page, 'Name', name);
  await choose(page, 'Algorithm', 'ttt-obs-gpu');
  await addRows(page, 'Add parameter', 'Parameter', [
    { name: 'steps', value: '600' },
    { name: 'step_seconds', value: '0.3' },
  ]);
  await choose(page, 'Flavor', /^modelarts\.vm\.cpu\.8u/);
  await fill(page, 'Nodes', '2');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(page.getByTestId('job-status')).toHaveText('Running', { timeout: 60_000 });

  const tasks = page.getByRole('table', { name: 'Tasks' });
  await expect(tasks.getByTestId('task-worker-0')).toBeVisible();
  await expect(tasks.getByTestId('task-worker-1')).toBeVisible();

  // The merged view: lines of both workers, each with its prefix, arriving while the job runs.
  const merged = page.getByTestId('merged-log');
  await expect(
    merged
      .locator('[data-log-line]')
      .filter({ hasText: /^\[worker-0\] \[rank 0\/2\] step \d+/ })
      .first(),
  ).toBeVisible();
  await expect(
    merged
      .locator('[data-log-line]')
      .filter({ hasText: /^\[worker-1\] \[rank 1\/2\] step \d+/ })
      .first(),
  ).toBeVisible();
  // The viewer is virtualised: count with the panel's line counter, not the rendered rows.
  const counter = page.getByRole('region', { name: 'Logs' }).getByText(/^[\d,]+ lines$/);
  const countSteps = async () => Number(((await counter.textContent()) ?? '0').replace(/\D/g, ''));
  const before = await countSteps();
  await expect.poll(countSteps, { timeout: 20_000 }).toBeGreaterThan(before + 16);
  await expect(page.getByTestId('job-status')).toHaveText('Running');
  await merged.screenshot({ path: testInfo.outputPath('merged-multi-worker-log.png') });
  await page.screenshot({ path: testInfo.outputPath('v2-job-page.png'), fullPage: true });

  // Each worker's own view.
  for (const [task, rank] of [
    ['worker-0', 0],
    ['worker-1', 1],
  ] as const) {
    await page.getByRole('tab', { name: task }).click();
    const own = page.getByTestId(`task-log-${task}`);
    await expect(
      own
        .locator('[data-log-line]')
        .filter({ hasText: new RegExp(`^\\[rank ${rank}/2\\] step`) })
        .first(),
    ).toBeVisible();
    await expect(
      own.locator('[data-log-line]').filter({ hasText: new RegExp(`^\\[rank (?!${rank}/)`) }),
    ).toHaveCount(0);
  }
  await page.getByRole('tab', { name: 'All workers' }).click();

  await page.getByRole('button', { name: 'Terminate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Terminate' }).click();
  await expect(page.getByTestId('job-status')).toHaveText(/Terminat/, { timeout: 15_000 });
  await expect(page.getByTestId('job-status')).toHaveText('Terminated', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Terminate' })).toHaveCount(0);

  // "Download full log" gives the whole log of the task, from its first line.
  const href = await page
    .getByRole('link', { name: 'Download full log (worker-1)' })
    .getAttribute('href');
  const download = await page.request.get(href ?? '');
  expect(download.status()).toBe(200);
  const text = await download.text();
  expect(text).toContain('[rank 1/2] step 1/600');
  expect(text).not.toContain('[rank 0/2]');
});
