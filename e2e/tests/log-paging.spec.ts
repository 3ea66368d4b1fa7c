import { expect, test, type Page } from '@playwright/test';
import { millionLineJob } from '../bench/log-million-job.js';
import { logIn, logRegion } from './support/console.js';

/**
 * More lines than the browser keeps of a log's tail (50,000), and more bytes (~6 MB) than the v2
 * preview window (5 MB): the stream starts at the log's last 256 KiB, says how many lines it skipped
 * (counted in the full log file) and numbers on from there; the first ones are paged by number.
 */
const LINES = 250_000;

const marked = (page: Page) => logRegion(page).locator('[aria-current="true"][data-line-number]');
const row = (page: Page, n: number) =>
  logRegion(page).locator(`[data-line-number="${n}"] [data-log-line]`);

/** Scrolls the log so that row `n` (line n) is at the top. */
async function scrollToLine(page: Page, n: number): Promise<void> {
  await logRegion(page)
    .getByTestId('log-scroll')
    .evaluate(
      (el, top) => {
        el.scrollTop = top;
      },
      (n - 1) * 20,
    );
}

/**
 * Issue 11: the viewer spans the whole log, also where the browser no longer holds the lines:
 * `?line=10` of a 250,000-line log (outside the 50,000 lines kept) opens there, marked, with the
 * text of the full download; pages far from the screen are dropped and read again when needed
 * (a search hit in a dropped page lands, its page read a second time); the top shows line 1.
 */
test('?line=N outside the lines kept opens there; dropped pages are read again; the top is line 1', async ({
  page,
  context,
}) => {
  await logIn(page);
  const jobPage = await millionLineJob(context, LINES, 'v2');
  const id = /\/jobs\/v2\/([^?]+)/.exec(jobPage)?.[1] ?? '';
  const full = await page.request.get(`/api/logs/v2/${id}/worker-0/download`);
  expect(full.status()).toBe(200);
  const text = (await full.text()).split('\n');
  expect(text.length).toBeGreaterThan(LINES);

  const pageReads: string[] = [];
  page.on('request', (r) => {
    const m = /\/worker-0\/lines\?from=(\d+)/.exec(r.url());
    if (m) pageReads.push(m[1] ?? '');
  });
  await page.goto(`/jobs/v2/${id}?line=10&task=worker-0`);
  const region = logRegion(page);
  await expect(region.getByText('Ended', { exact: true })).toBeVisible({ timeout: 60_000 });
  // the stream sent the log's tail only: line 10 is read from the server by number
  const held = Number(
    ((await region.getByText(/^[\d,]+ lines/).textContent()) ?? '').replace(/\D/g, ''),
  );
  expect(held).toBeGreaterThan(0);
  expect(held).toBeLessThan(50_000);
  await expect(marked(page)).toHaveAttribute('data-line-number', '10');
  await expect(marked(page)).toBeInViewport();
  await expect(marked(page).locator('[data-log-line]')).toHaveText(text[9] ?? '', {
    timeout: 30_000,
  });
  expect(pageReads).toContain('1');

  // scroll away through the older lines: the pages near line 10 are dropped on the way
  for (const n of [2_000, 4_000, 6_000, 8_000]) {
    await scrollToLine(page, n);
    await expect(row(page, n + 5)).toHaveText(text[n + 4] ?? '', { timeout: 30_000 });
  }
  const firstPageReads = pageReads.filter((f) => f === '1').length;

  // a search hit among those dropped lines: its line number shows the line, read again
  await region.getByLabel('Search the log').fill(text[19] ?? '');
  await region.getByRole('button', { name: /^Search the [\d,]+ older lines/ }).click();
  await region.getByRole('button', { name: 'Show line 20', exact: true }).click();
  await expect(page).toHaveURL(/[?&]line=20(&|$)/);
  await expect(marked(page)).toHaveAttribute('data-line-number', '20');
  await expect(marked(page)).toBeInViewport();
  await expect(marked(page).locator('[data-log-line]')).toHaveText(text[19] ?? '', {
    timeout: 30_000,
  });
  expect(pageReads.filter((f) => f === '1').length).toBeGreaterThan(firstPageReads);

  // the bottom, then the very top: line 1
  await region.getByLabel('Search the log').fill('');
  await scrollToLine(page, LINES);
  await expect(row(page, LINES)).toHaveText(text[LINES - 1] ?? '');
  await scrollToLine(page, 1);
  await expect(row(page, 1)).toHaveText(text[0] ?? '', { timeout: 30_000 });
  await expect(row(page, 1)).toBeInViewport();

  // wrapped, the rows are measured one by one (unwrapped they are placed by arithmetic): the
  // switch keeps the line that was at the top in view, and the same lines are at the bottom
  await scrollToLine(page, 5_000);
  await expect(row(page, 5_000)).toHaveText(text[4_999] ?? '', { timeout: 30_000 });
  await region.getByRole('switch', { name: 'Wrap lines' }).click();
  await expect(row(page, 5_000)).toHaveCSS('white-space', 'pre-wrap');
  await expect(row(page, 5_000)).toBeInViewport();
  await scrollToLine(page, LINES);
  await expect(row(page, LINES)).toHaveText(text[LINES - 1] ?? '', { timeout: 30_000 });
  await expect(row(page, LINES)).toBeInViewport();
});
