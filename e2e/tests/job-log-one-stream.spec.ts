import { expect, test, type Page } from '@playwright/test';
import { logIn } from './support/console.js';

const NODES = 16;

/** Live-log streams the page holds open now, and the most it ever held at once. */
function countLogStreams(page: Page) {
  const open = new Set<string>();
  const seen = { max: 0, urls: [] as string[] };
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/api/logs/') || r.url().includes('/search')) return;
    open.add(r.url());
    seen.urls.push(r.url());
    seen.max = Math.max(seen.max, open.size);
  });
  const done = (r: { url(): string }) => open.delete(r.url());
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return seen;
}

test(`a ${NODES}-node v2 job streams every worker's log over one connection`, async ({
  page,
}, testInfo) => {
  const streams = countLogStreams(page);
  await logIn(page);
  const id = await page.evaluate(async (nodes) => {
    const res = await fetch('/api/v2/training-jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Requested-With': 'modelarts-console' },
      body: JSON.stringify({
        kind: 'job',
        metadata: { name: `one_stream_${Date.now() % 100000}` },
        algorithm: {
          id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
          parameters: [
            { name: 'steps', value: '300' },
            { name: 'step_seconds', value: '0.3' },
          ],
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: nodes } },
      }),
    });
    return ((await res.json()) as { metadata: { id: string } }).metadata.id;
  }, NODES);
  await page.goto(`/jobs/v2/${id}`);
  await expect(page.getByTestId('job-status')).toHaveText('Running', { timeout: 60_000 });

  // Every worker's tab shows its own live lines: the tabs filter the one stream.
  for (let rank = 0; rank < NODES; rank++) {
    await page.getByRole('tab', { name: `worker-${rank}`, exact: true }).click();
    await expect(
      page
        .getByTestId(`task-log-worker-${rank}`)
        .locator('[data-log-line]')
        .filter({ hasText: new RegExp(`^\\[rank ${rank}/${NODES}\\] step \\d+`) })
        .first(),
    ).toBeVisible({ timeout: 30_000 });
  }
  await page.getByRole('tab', { name: 'All workers' }).click();
  const counter = page.getByRole('region', { name: 'Logs' }).getByText(/^[\d,]+ lines$/);
  const lines = async () => Number(((await counter.textContent()) ?? '0').replace(/\D/g, ''));
  const before = await lines();
  await expect.poll(lines, { timeout: 20_000 }).toBeGreaterThan(before + NODES);
  await expect(page.getByTestId('merged-order')).toHaveText(/arrival order/);
  await page
    .getByRole('region', { name: 'Logs' })
    .screenshot({ path: testInfo.outputPath('sixteen-workers-one-stream.png') });

  // One connection for the job page's logs, whatever the number of workers.
  expect(streams.max).toBe(1);
  expect(streams.urls.every((u) => u.includes('/api/logs/job/v2/'))).toBe(true);
  expect(await page.getByText('Reconnecting').count()).toBe(0);

  await page.getByRole('button', { name: 'Terminate' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Terminate' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Terminated', { timeout: 60_000 });
});

test('a 4-worker v1 job: every log file over one connection, merged and one at a time', async ({
  page,
}) => {
  const streams = countLogStreams(page);
  await logIn(page);
  const created = await page.evaluate(async () => {
    const res = await fetch('/api/v1/training-jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Requested-With': 'modelarts-console' },
      body: JSON.stringify({
        job_name: `four_${Date.now()}`,
        config: {
          worker_server_num: 4,
          app_url: '/test-modelarts/mnist-tensorflow-code/',
          boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
          parameter: [
            { label: 'max_steps', value: '300' },
            { label: 'step_seconds', value: '0.1' },
          ],
          engine_id: 4,
          flavor: { code: 'modelarts.vm.cpu.8u.multi' },
          data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
          train_url: '/test-modelarts/mnist-model/output/',
        },
      }),
    });
    return (await res.json()) as { job_id: number; version_id: number };
  });
  await page.goto(`/jobs/v1/${created.job_id}/versions/${created.version_id}`);
  const region = page.getByRole('region', { name: 'Logs' });
  const picker = region.getByRole('combobox', { name: 'Log file' });
  await expect(picker).toHaveValue('All workers', { timeout: 60_000 });
  const merged = region.locator('[data-log-line]');
  for (let rank = 0; rank < 4; rank++)
    await expect(
      merged.filter({ hasText: new RegExp(`^\\[[^\\]]+\\.${rank}\\] step \\d+`) }).first(),
    ).toBeVisible({ timeout: 30_000 });

  await picker.click();
  await page.getByRole('option', { name: /\.2$/ }).click();
  await expect(merged.filter({ hasText: /^step \d+/ }).first()).toBeVisible();
  await expect(merged.filter({ hasText: /^\[/ })).toHaveCount(0);
  expect(streams.max).toBe(1);
  expect(streams.urls.every((u) => u.includes('/api/logs/job/v1/'))).toBe(true);
});
