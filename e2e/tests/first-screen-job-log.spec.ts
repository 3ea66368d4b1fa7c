import { expect, test } from '@playwright/test';
import { millionLineJob, scriptJob } from '../bench/log-million-job.js';
import { logIn } from './support/console.js';

// Issue 11: a job page arrives drawn by the BFF with its log's first lines (web/src/ssr/job-pages.tsx),
// the lines the log view shows first (its end, while following); the console then resumes the log
// stream right after them: no line shown twice, none lost, one stream.

const LINES = 300;

for (const api of ['v2', 'v1'] as const) {
  test(`${api}: the job page arrives with its log's last lines; the console resumes after them`, async ({
    browser,
    page,
    context,
  }, testInfo) => {
    await logIn(page);
    const jobPage = await millionLineJob(context, LINES, api);

    // as the BFF sent it, before any of the console's code runs
    const held = await browser.newContext({ storageState: await context.storageState() });
    const still = await held.newPage();
    await still.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await still.goto(jobPage);
    const drawn = still.locator('[data-prerendered="true"][inert]');
    const rows = drawn.locator('[data-log-line]');
    await expect(drawn.getByRole('heading', { level: 1 })).toBeVisible();
    if (api === 'v2') {
      // a finished v2 log's stream starts with its last 256 KiB, in one event: all of this one
      await expect(rows.filter({ hasText: `row ${LINES} of the million` })).toHaveCount(1);
      expect(await rows.count()).toBeGreaterThan(5);
      await expect(drawn.getByText('row 1 of the million', { exact: true })).toHaveCount(0);
    } else {
      // v1's stream reads the log by pages: the drawing has what came in its first moments
      await expect(rows.first()).toContainText(/ModelArts Service Log|row \d+ of the million/);
    }
    await still.screenshot({
      path: testInfo.outputPath(`${api}-job-page-drawn-by-the-server.png`),
      fullPage: true,
    });
    await held.close();

    // with scripts: the log's streams, counted (the one the console resumes, and no other)
    const streams: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/logs/job/')) streams.push(r.url());
    });
    await page.goto(jobPage);
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    const region = page.getByRole('region', { name: 'Logs' });
    await expect(region.getByText('Ended', { exact: true })).toBeVisible();
    // every line once: the drawn ones and what the stream sent after them
    await region.getByLabel('Search the log').fill('of the million');
    await expect(region.getByText(new RegExp(`^[01] of ${LINES}$`))).toBeVisible();
    await region.getByLabel('Search the log').fill(`row ${LINES} of`);
    await expect(region.getByText(/^[01] of 1$/)).toBeVisible();
    expect(streams).toHaveLength(1);
    expect(streams[0]).toMatch(/[?&]last_event_id=/);
  });
}

// The lines the job prints between the drawing and the console's resumed stream reach the page
// once each: a running v2 job printing a numbered line every 50 ms.
test('a running job: drawn with its first lines, the console resumes its live log, no line lost or twice', async ({
  page,
  context,
}) => {
  await logIn(page);
  const TICKS = 120;
  const script = `import time\nfor i in range(1, ${TICKS} + 1):\n    print(f"tick {i} of the run", flush=True)\n    time.sleep(0.05)\n`;
  const jobPage = await scriptJob(context, script, 'v2', 'running');
  const [, jobId] = /\/jobs\/v2\/([\w-]+)/.exec(jobPage) ?? [];
  // a few lines printed already, so that the page is drawn with them
  await expect
    .poll(async () => {
      const res = await context.request.get(`/api/logs/v2/${jobId}/worker-0/lines?from=1&count=50`);
      return res.ok() ? ((await res.json()) as { lines: string[] }).lines.length : 0;
    })
    .toBeGreaterThan(3);
  await page.addInitScript(`
    new MutationObserver(function (_, observer) {
      if (!document.querySelector('[data-log-line]')) return;
      window.__drawnLines = document.querySelector('[data-prerendered] [data-log-line]') !== null;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  `);
  const streams: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/logs/job/')) streams.push(r.url());
  });
  await page.goto(jobPage);
  expect(await page.evaluate(() => (window as { __drawnLines?: boolean }).__drawnLines)).toBe(true);
  const region = page.getByRole('region', { name: 'Logs' });
  await expect(region.getByText('Ended', { exact: true })).toBeVisible({ timeout: 60_000 });
  await region.getByLabel('Search the log').fill('of the run');
  await expect(region.getByText(new RegExp(`^[01] of ${TICKS}$`))).toBeVisible();
  for (const n of [1, 60, TICKS]) {
    await region.getByLabel('Search the log').fill(`tick ${n} of`);
    await expect(region.getByText(/^[01] of 1$/)).toBeVisible();
  }
  expect(streams).toHaveLength(1);
  expect(streams[0]).toMatch(/[?&]last_event_id=/);
});
