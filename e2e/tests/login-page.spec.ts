import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/env.js';

// Issue 14: a page opened at /login loads the sign-in screen alone; the console (router, React
// Query: the `console` and `console-app` chunks, web/scripts/chunk-groups.ts) comes with sign-in.
const CONSOLE_CHUNK = /\/assets\/console(-app)?-[\w-]{8}\.js$/;

function scriptsLoaded(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') urls.push(r.url());
  });
  return urls;
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Username').fill(DEMO.username);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('the login page loads without the console, which starts at the job list on sign-in', async ({
  page,
}) => {
  const scripts = scriptsLoaded(page);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByLabel('Domain')).toHaveValue(DEMO.domain);
  expect(scripts.filter((u) => CONSOLE_CHUNK.test(u))).toEqual([]);

  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page).toHaveURL(/\/jobs$/);
  expect(scripts.filter((u) => CONSOLE_CHUNK.test(u)).length).toBeGreaterThan(0);

  // signed in, the login page goes on to the console
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page).toHaveURL(/\/jobs$/);
});

test('a page opened signed out comes back after sign-in, also when the login page was reloaded', async ({
  page,
}) => {
  await page.goto('/configs?from=link#top');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await page.reload(); // now the login page alone, which keeps where the user was going
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await signIn(page);
  await expect(page).toHaveURL(/\/configs\?from=link#top$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('signing out and in again stays in the same page', async ({ page }) => {
  await page.goto('/login');
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
  ).toBe(true);
});
