import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';

/** Issue 11: Overview → Versions → Overview appended the whole v1 log again. */
test('switching tabs on a v1 job keeps its log as it was: no line twice', async ({ page }) => {
  await logIn(page);
  const created = await page.evaluate(async () => {
    const res = await fetch('/api/v1/training-jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Requested-With': 'modelarts-console' },
      body: JSON.stringify({
        job_name: `tabs_${Date.now()}`,
        config: {
          worker_server_num: 1,
          app_url: '/test-modelarts/mnist-tensorflow-code/',
          boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
          parameter: [
            { label: 'max_steps', value: '40' },
            { label: 'step_seconds', value: '0.01' },
          ],
          engine_id: 4,
          flavor: { code: 'modelarts.vm.cpu.8u' },
          data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
          train_url: '/test-modelarts/mnist-model/output/',
        },
      }),
    });
    return (await res.json()) as { job_id: number; version_id: number };
  });
  await page.goto(`/jobs/v1/${created.job_id}/versions/${created.version_id}`);
  const region = page.getByRole('region', { name: 'Logs' });
  await expect(region.getByText('Ended')).toBeVisible({ timeout: 60_000 });
  const count = async () =>
    Number((await region.getByText(/^[\d,]+ lines/).textContent())?.replace(/\D/g, ''));
  const before = await count();
  expect(before).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(region.getByText('Ended')).toBeVisible();
  expect(await count()).toBe(before);
});
