import { expect, test } from '@playwright/test';
import { millionLineJob } from '../bench/log-million-job.js';
import { logIn, logRegion } from './support/console.js';

/** More lines than the browser keeps of a log's tail (50,000): the first ones are paged. */
const LINES = 60_000;

/**
 * Issue 11, v1: aom-log gives no way to ask for line N, so the BFF walks the log once and keeps
 * its cursors; a new viewer's stream starts at the log's latest 20 pages (~10,000 lines), the
 * lines before them counted; `?line=10` of a 60,000-line v1 log opens there, marked, with the text
 * of the full download, and the top of the log is line 1.
 */
test('v1: ?line=10 of a 60,000-line log opens there, marked; the top is line 1', async ({
  page,
  context,
}) => {
  await logIn(page);
  const jobPage = await millionLineJob(context, LINES, 'v1');
  const [, job, version] = /\/jobs\/v1\/(\d+)\/versions\/(\d+)/.exec(jobPage) ?? [];
  const names = await page.request.get(
    `/api/v1/training-jobs/${job}/versions/${version}/log/file-names`,
  );
  const file = ((await names.json()) as { log_file_list: string[] }).log_file_list[0] ?? '';
  const full = await page.request.get(
    `/api/logs/v1/${job}/${version}/download?log_file=${encodeURIComponent(file)}`,
  );
  expect(full.status()).toBe(200);
  const text = (await full.text()).split('\n');
  expect(text.length).toBeGreaterThan(LINES);

  await page.goto(`${jobPage}?line=10`);
  const region = logRegion(page);
  await expect(region.getByText('Ended', { exact: true })).toBeVisible({ timeout: 90_000 });
  // the stream carried the log's tail, not the whole log
  const counter = (await region.getByText(/^[\d,]+ lines/).textContent()) ?? '';
  const held = Number(/^[\d,]+/.exec(counter)?.[0].replace(/,/g, ''));
  expect(held).toBeGreaterThanOrEqual(10_000);
  expect(held).toBeLessThanOrEqual(10_500);
  const marked = region.locator('[aria-current="true"][data-line-number]');
  await expect(marked).toHaveAttribute('data-line-number', '10');
  await expect(marked).toBeInViewport();
  await expect(marked.locator('[data-log-line]')).toHaveText(text[9] ?? '', { timeout: 30_000 });

  await region.getByTestId('log-scroll').evaluate((el) => {
    el.scrollTop = 0;
  });
  const first = region.locator('[data-line-number="1"] [data-log-line]');
  await expect(first).toHaveText(text[0] ?? '', { timeout: 30_000 });
  await expect(first).toBeInViewport();
});
