import { expect, test, type Request } from '@playwright/test';
import { logIn } from './support/console.js';
import { createV2Job } from './support/v2-api-jobs.js';

// Issue 14: the job list's first screen is drawn by the BFF (web/src/ssr/, bff/src/routes/prerender.ts)
// for a signed-in browser, so its rows are on screen before the console's code has run.

const LISTS = /\/api\/(session$|v1\/.*training-jobs|v2\/.*training-job-searches)/;

test('the job list arrives drawn: readable without scripts, inert until the console takes over', async ({
  browser,
  page,
}, testInfo) => {
  await logIn(page);
  const name = `drawn-${Date.now()}`;
  const { createTime: createdAt } = await createV2Job(page, name);
  const names = [name];

  // the page as the BFF sent it, before any of the console's code runs: the console's scripts are
  // held back (the colour scheme's script, written into the page, still runs before the first
  // paint: the CSP allows it by its hash) (a browser in Shanghai: its time zone, as the console
  // tells the server in a cookie; in dark mode)
  const held = await browser.newContext({
    storageState: await page.context().storageState(),
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'dark',
  });
  await held.addCookies([{ name: 'console-tz', value: 'Asia%2FShanghai', url: page.url() }]);
  const still = await held.newPage();
  const refused: string[] = [];
  still.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await still.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await still.goto('/jobs');
  const drawn = still.locator('[data-prerendered="true"][inert]');
  await expect(drawn.locator('h1', { hasText: 'Training jobs' })).toHaveCount(1);
  for (const job of names) await expect(drawn.getByText(job, { exact: true })).toBeVisible();
  // times drawn in the browser's zone, not the server's
  const shanghai = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(createdAt);
  await expect(drawn.locator('tr', { hasText: name })).toContainText(shanghai);
  // styled by the stylesheets the head links (Mantine's frame and colours), not the browser's defaults
  expect(
    await drawn
      .locator('header')
      .first()
      .evaluate((e) => getComputedStyle(e).position),
  ).toBe('fixed');
  // dark before any file's script ran, and nothing refused by the CSP
  await expect(still.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(refused).toEqual([]);
  const title = drawn.getByText('ModelArts Console');
  expect(await title.evaluate((e) => getComputedStyle(e).color)).not.toBe('rgb(0, 0, 0)');
  // inert: nothing in it takes focus or clicks until the console replaces it
  await still.keyboard.press('Tab');
  expect(await still.evaluate(() => document.activeElement?.closest('[inert]') ?? null)).toBeNull();
  await still.screenshot({ path: testInfo.outputPath('job-list-drawn-by-the-server.png') });
  await held.close();

  // with scripts: the console starts from the page's data, asks neither the session nor the lists
  const asked: string[] = [];
  const note = (r: Request) => {
    if (LISTS.test(new URL(r.url()).pathname)) asked.push(new URL(r.url()).pathname);
  };
  page.on('request', note);
  await page.goto('/jobs');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  const firstRow = page.getByRole('link', { name, exact: true });
  await expect(firstRow).toBeVisible();
  page.off('request', note);
  expect(asked).toEqual([]);
  // and it is the console's own page: a row opens its job
  await firstRow.click();
  await expect(page).toHaveURL(/\/jobs\/v2\/[\w-]+$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
});

test('a signed-out browser gets the plain page (and the login)', async ({ page }) => {
  const res = await page.request.get('/jobs');
  expect(await res.text()).not.toContain('data-prerendered');
  await page.goto('/jobs');
  await expect(page).toHaveURL(/\/login/);
});
