import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import {
  createImageJobWithHostVolume,
  processAlive,
  readVolumeFile,
} from './support/v1-volumes.js';

const suffix = () => String(Date.now() % 1_000_000);

test('a job writes into its host_path volume and the file stays', async ({ page }) => {
  await logIn(page);
  const src = `/root/e2e-${suffix()}`;
  await createImageJobWithHostVolume(
    page,
    `volume_job_${suffix()}`,
    src,
    'echo written-by-job > /home/mind/result.txt',
  );
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 60_000 });
  expect(await readVolumeFile(src, 'result.txt')).toBe('written-by-job\n');
});

test('stop a running job: Stopping → Stopped within 5 s and the process is gone', async ({
  page,
}) => {
  await logIn(page);
  const src = `/root/e2e-stop-${suffix()}`;
  await createImageJobWithHostVolume(
    page,
    `stop_job_${suffix()}`,
    src,
    'echo $$ > /home/mind/pid; exec sleep 120',
  );
  const status = page.getByTestId('job-status');
  await expect(status).toHaveText('Running', { timeout: 30_000 });
  await expect.poll(() => readVolumeFile(src, 'pid'), { timeout: 15_000 }).toMatch(/^\d+\n$/);
  const pid = Number(((await readVolumeFile(src, 'pid')) ?? '').trim());
  expect(processAlive(pid)).toBe(true);

  // Record every label the badge shows from now on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    const read = () => {
      const text = document.querySelector('[data-testid="job-status"]')?.textContent ?? '';
      if (seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop', exact: true }).click();
  const clickedAt = Date.now();
  await expect(status).toHaveText('Stopped', { timeout: 5_000 });
  expect(Date.now() - clickedAt).toBeLessThan(5_000);
  const statuses = await page.evaluate(
    () => (window as unknown as { __statuses: string[] }).__statuses,
  );
  expect(statuses.indexOf('Stopping')).toBeGreaterThanOrEqual(0);
  expect(statuses.indexOf('Stopping')).toBeLessThan(statuses.indexOf('Stopped'));
  await expect.poll(() => processAlive(pid), { timeout: 5_000 }).toBe(false);
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
});
