import { expect, test, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { logIn, logRegion } from './support/console.js';

/** A training script that prints 50,000 numbered lines at once, then ends. */
const LINES = 50_000;
const SCRIPT = `for i in range(1, ${LINES} + 1):
    print(f"row {i} of the long log", flush=(i % 5000 == 0))
`;
const DIR = `/test-modelarts/long-log-${Date.now() % 100000}/`;

async function longJob(page: Page): Promise<string> {
  const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
  const put = await page.request.put(
    `/api/obs/object?path=${encodeURIComponent(`${DIR}print.py`)}`,
    {
      headers: { ...headers, 'content-type': 'text/x-python' },
      data: SCRIPT,
    },
  );
  expect(put.status()).toBe(201);
  const res = await page.request.post('/api/v2/training-jobs', {
    headers,
    data: {
      kind: 'job',
      metadata: { name: `long_log_${Date.now() % 100000}` },
      algorithm: {
        code_dir: DIR,
        boot_file: `${DIR}print.py`,
        engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { metadata: { id: string } }).metadata.id;
}

/**
 * Issue 11: a line link far below what the page shows first (line 30,000 of a 50,000-line log)
 * opens at that line, marked; the search finds a line printed 20,000 lines before the last one
 * and jumps to it.
 */
test('?line=30000 of a 50,000-line log opens there, marked; search jumps 20,000 lines back', async ({
  page,
}) => {
  await logIn(page);
  const id = await longJob(page);
  await page.goto(`/jobs/v2/${id}`);
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });

  await page.goto(`/jobs/v2/${id}?line=30000&task=worker-0`);
  const marked = logRegion(page).locator('[aria-current="true"][data-line-number]');
  await expect(marked).toHaveAttribute('data-line-number', '30000', { timeout: 60_000 });
  await expect(marked).toBeInViewport();
  // the same line as the full log's line 30,000 (the emulator writes a line of its own first)
  const full = await page.request.get(`/api/logs/v2/${id}/worker-0/download`);
  expect(full.status()).toBe(200);
  const line30000 = (await full.text()).split('\n')[29_999] ?? '';
  expect(line30000).toMatch(/^row \d+ of the long log$/);
  await expect(marked.locator('[data-log-line]')).toHaveText(line30000);

  // the search finds a line 20,000 lines before the last and shows it: among the lines the page
  // holds, or — when the stream began at the log's tail (a long log's new viewer) — among the
  // older lines, on the server
  await page.goto(`/jobs/v2/${id}?task=worker-0`);
  const region = logRegion(page);
  await expect(region.getByText('Ended', { exact: true })).toBeVisible({ timeout: 60_000 });
  await region.getByLabel('Search the log').fill(line30000);
  const held = region.getByText(/^\d+ of 1$/);
  const none = region.getByText('No matches', { exact: true });
  await expect(held.or(none)).toBeVisible();
  if (await none.isVisible()) {
    await region.getByRole('button', { name: /^Search the [\d,]+ older lines/ }).click();
    await region.getByRole('button', { name: 'Show line 30000', exact: true }).click();
  } else {
    await region.getByRole('button', { name: 'Next match' }).click();
    await region.getByRole('button', { name: 'Link to line 30000', exact: true }).click();
  }
  await expect(page).toHaveURL(/[?&]line=30000(&|$)/);
  const shown = logRegion(page).locator('[aria-current="true"][data-line-number]');
  await expect(shown).toHaveAttribute('data-line-number', '30000');
  await expect(shown).toBeInViewport();
  await expect(shown.locator('[data-log-line]')).toHaveText(line30000, { timeout: 30_000 });
});
