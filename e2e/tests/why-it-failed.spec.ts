import { expect, test, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { logIn, logRegion } from './support/console.js';

/** The failing sample the emulator ships: three lines, then a RuntimeError traceback. */
const CODE_DIR = '/test-modelarts/failing-code/';
const BOOT = '/test-modelarts/failing-code/train_fail.py';
const RUNTIME_ERROR = /^RuntimeError: dataset at .* is corrupted/;

async function post(page: Page, path: string, body: unknown): Promise<unknown> {
  const res = await page.request.post(path, {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
    data: body,
  });
  expect(res.ok()).toBe(true);
  return res.json();
}

/** The panel names the error; its link opens the log at that line, marked. */
async function followThePanel(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Why it failed' });
  await expect(panel.getByText(RUNTIME_ERROR).first()).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByText('exit code 1', { exact: true })).toBeVisible();
  await panel
    .getByRole('link', { name: /^Show line \d+ in the log$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/[?&]line=\d+/);
  const marked = logRegion(page).locator('[aria-current="true"][data-line-number]');
  await expect(marked).toBeVisible();
  await expect(marked.locator('[data-log-line]')).toHaveText(RUNTIME_ERROR);
}

test('a failed v1 job says why it failed, and its link lands on the RuntimeError line', async ({
  page,
}) => {
  await logIn(page);
  const job = (await post(page, '/api/v1/training-jobs', {
    job_name: `why_v1_${Date.now() % 100000}`,
    config: {
      worker_server_num: 1,
      app_url: CODE_DIR,
      boot_file_url: BOOT,
      engine_id: 4,
      spec_id: 7,
      parameter: [{ label: 'step_seconds', value: '0.05' }],
      data_url: '/test-modelarts/dataset-mnist/',
      train_url: '/console-tests/why-v1/',
    },
  })) as { job_id: number; version_id: number };
  await page.goto(`/jobs/v1/${job.job_id}/versions/${job.version_id}`);
  await expect(page.getByTestId('job-status')).toHaveText('Failed', { timeout: 60_000 });
  await followThePanel(page);

  // a line link opened afresh scrolls to its line and marks it
  await page.goto(`/jobs/v1/${job.job_id}/versions/${job.version_id}?line=3`);
  const third = logRegion(page).locator('[aria-current="true"]');
  await expect(third).toHaveAttribute('data-line-number', '3');
  await expect(third).toContainText('preparing step 2/3');
});

test('a failed v2 job says why it failed (task, events), and its link opens that task on the line', async ({
  page,
}) => {
  await logIn(page);
  const job = (await post(page, '/api/v2/training-jobs', {
    kind: 'job',
    metadata: { name: `why_v2_${Date.now() % 100000}` },
    algorithm: {
      code_dir: CODE_DIR,
      boot_file: BOOT,
      parameters: [{ name: 'step_seconds', value: '0.05' }],
      engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
  })) as { metadata: { id: string } };
  await page.goto(`/jobs/v2/${job.metadata.id}`);
  const panel = page.getByRole('region', { name: 'Why it failed' });
  await expect(panel.getByText('worker-0', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByText('Events')).toBeVisible();
  await followThePanel(page);
  await expect(page).toHaveURL(/task=worker-0/);
  await expect(logRegion(page).getByRole('tab', { name: 'worker-0' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
