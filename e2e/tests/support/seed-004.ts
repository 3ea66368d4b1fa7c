import { expect, type Page, type TestInfo } from '@playwright/test';
import { fillCreateForm, logRegion } from './console.js';

/**
 * The seed-004 journey with the seed's values: create, see log lines arrive while Running, Completed,
 * delete, gone from the list. Returns the measured delays (ms) between a line printed by the job and the
 * same line shown in the browser.
 */
export async function runSeed004Journey(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<number[]> {
  await fillCreateForm(page, {
    name,
    description: 'using TensorFlow for handwritten digit recognition',
    spec: 'modelarts.vm.cpu.8u',
    engine: 'TF-1.8.0-python3.6',
    codeDir: '/test-modelarts/mnist-tensorflow-code/',
    bootFile: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
    dataPath: '/test-modelarts/dataset-mnist/',
    outputPath: '/test-modelarts/mnist-model/output/',
  });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const status = page.getByTestId('job-status');
  await expect(status).toHaveText('Running', { timeout: 30_000 });

  // Record when each log line appears in the DOM (browser clock = job clock: same machine).
  await page.evaluate(() => {
    const seen = new Map<string, number>();
    (window as unknown as { __lineSeen: Map<string, number> }).__lineSeen = seen;
    const region = document.querySelector('[aria-label="Logs"]');
    const record = () =>
      region?.querySelectorAll('[data-log-line]').forEach((el) => {
        const text = el.textContent ?? '';
        if (!seen.has(text)) seen.set(text, Date.now());
      });
    record();
    new MutationObserver(record).observe(region ?? document.body, {
      childList: true,
      subtree: true,
    });
  });

  const lines = logRegion(page).locator('[data-log-line]');
  const before = await lines.count();
  await expect.poll(() => lines.count(), { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(status).toHaveText('Running');
  await page.screenshot({ path: testInfo.outputPath('live-job-view.png'), fullPage: true });
  await testInfo.attach('live-job-view', {
    path: testInfo.outputPath('live-job-view.png'),
    contentType: 'image/png',
  });

  await expect(status).toHaveText('Completed', { timeout: 120_000 });
  await expect(logRegion(page).getByText(/Training completed/)).toBeVisible();

  const delays = await page.evaluate(() => {
    const seen = (window as unknown as { __lineSeen: Map<string, number> }).__lineSeen;
    const out: number[] = [];
    for (const [text, at] of seen) {
      const m = /time=(\d{13})/.exec(text);
      if (m) out.push(at - Number(m[1]));
    }
    return out;
  });

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  return delays;
}
