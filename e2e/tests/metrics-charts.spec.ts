import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.js';
import { logIn } from './support/console.js';

const CSRF = { 'X-Requested-With': 'modelarts-console' };
const ENGINE = 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64';

interface Made {
  href: string;
  /** The detail's address (v1: the version). */
  api: string;
  /** DELETE removes the job (other journeys share the emulator). */
  job: string;
}

async function createV1(page: Page, name: string): Promise<Made> {
  const res = await page.request.post('/api/v1/training-jobs', {
    headers: CSRF,
    data: {
      job_name: name,
      config: {
        worker_server_num: 1,
        app_url: '/test-modelarts/mnist-tensorflow-code/',
        boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
        engine_id: 4,
        flavor: { code: 'modelarts.vm.cpu.8u' },
        parameter: [
          { label: 'max_steps', value: '40' },
          { label: 'step_seconds', value: '0.2' },
        ],
        data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
        train_url: '/test-modelarts/mnist-model/output/',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const { job_id: job, version_id: version } = (await res.json()) as {
    job_id: number;
    version_id: number;
  };
  return {
    href: `/jobs/v1/${job}/versions/${version}`,
    api: `/api/v1/training-jobs/${job}/versions/${version}`,
    job: `/api/v1/training-jobs/${job}`,
  };
}

async function createV2(page: Page, name: string): Promise<Made> {
  const res = await page.request.post('/api/v2/training-jobs', {
    headers: CSRF,
    data: {
      kind: 'job',
      metadata: { name },
      algorithm: {
        code_dir: '/test-modelarts/v2-code/',
        boot_file: '/test-modelarts/v2-code/train_v2.py',
        engine: { engine_id: ENGINE },
        parameters: [
          { name: 'steps', value: '40' },
          { name: 'step_seconds', value: '0.2' },
        ],
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 2 } },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { metadata } = (await res.json()) as { metadata: { id: string } };
  const api = `/api/v2/training-jobs/${metadata.id}`;
  return { href: `/jobs/v2/${metadata.id}`, api, job: api };
}

/** Polls the job's detail until it has ended (v1 status 10 = completed, v2 phase Completed). */
async function waitUntilDone(page: Page, api: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const body = (await (await page.request.get(api)).json()) as {
          status?: number | { phase?: string };
        };
        return String(typeof body.status === 'number' ? body.status : body.status?.phase);
      },
      { timeout: 90_000, intervals: [1000] },
    )
    .toMatch(/^(10|Completed)$/);
}

test('resource usage of finished v1 and v2 jobs: every sample on a time axis, one line per worker', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const stamp = Date.now() % 100000;
  const v1 = await createV1(page, `charts_v1_${stamp}`);
  const v2 = await createV2(page, `charts_v2_${stamp}`);
  await waitUntilDone(page, v1.api);
  await waitUntilDone(page, v2.api);

  for (const [label, job] of [
    ['v1', v1],
    ['v2', v2],
  ] as const) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(job.href);
    const usage = page.getByRole('region', { name: 'Resource usage' });
    const cpu = usage.getByRole('figure', { name: 'CPU usage (%)' });
    await expect(cpu.locator('path.recharts-line-curve').first()).toBeVisible();
    await expect(usage.getByRole('figure', { name: 'Memory usage (%)' })).toBeVisible();
    await expect(usage.getByText(/No samples yet/)).toHaveCount(0);
    // a wall-clock axis: ticks read as times of day
    await expect(cpu.locator('.recharts-xAxis-tick-labels text').first()).toHaveText(
      /\d{1,2}:\d{2}:\d{2}/,
    );
    if (label === 'v2') {
      await expect(cpu.locator('path.recharts-line-curve')).toHaveCount(2);
      await expect(cpu.locator('.recharts-legend-wrapper')).toContainText('worker-0');
      await expect(cpu.locator('.recharts-legend-wrapper')).toContainText('worker-1');
    }
    await usage.scrollIntoViewIfNeeded();
    await usage.screenshot({ path: testInfo.outputPath(`${label}-metrics-light.png`) });
    expect(await seriousViolations(page, testInfo, `${label}-light`)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html[data-mantine-color-scheme="dark"]')).toHaveCount(1);
    await usage.screenshot({ path: testInfo.outputPath(`${label}-metrics-dark.png`) });
    expect(await seriousViolations(page, testInfo, `${label}-dark`)).toEqual([]);
  }
  for (const job of [v1, v2])
    expect((await page.request.delete(job.job, { headers: CSRF })).ok(), job.job).toBe(true);
});
