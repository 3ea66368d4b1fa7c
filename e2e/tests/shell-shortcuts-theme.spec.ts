import { expect, test } from '@playwright/test';
import { logIn, shortcutsReady } from './support/console.js';
import { deleteJobs, makeV2Job } from './support/a11y-jobs.js';
import { seriousViolations } from './support/axe.js';

test('keyboard: ? lists the shortcuts, / searches, j and Enter open a row, g j and c move', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const name = `keys${Date.now() % 100000}`;
  const job = await makeV2Job(page, name);

  await shortcutsReady(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('table', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('shortcuts-help.png') });
  expect(await seriousViolations(page, testInfo, 'shortcuts-help')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // / focuses the search; what follows is typed, not read as shortcuts
  await page.keyboard.press('/');
  const search = page.getByLabel('Search by name');
  await expect(search).toBeFocused();
  await page.keyboard.type(name);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${name}`));
  await expect(page.getByTestId('job-count')).toHaveText('1 job');
  await search.blur();

  await page.keyboard.press('j');
  await expect(page.getByRole('link', { name, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();

  await page.keyboard.press('g');
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await page.keyboard.press('c');
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  await deleteJobs(page, [job]);
});

test('dark mode: follows the system, the header toggle switches and is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await logIn(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await context.close();
});
