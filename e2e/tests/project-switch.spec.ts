import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';

test('the personal console switches project by signing in to it again (no password kept)', async ({
  page,
}, testInfo) => {
  await logIn(page);
  await expect(page.getByTestId('session-info')).toContainText('eu-de');
  await page.getByRole('button', { name: 'Switch project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch to another project' });
  await dialog.getByLabel(/^Project/).fill('eu-nl');
  await dialog.getByLabel(/^Password/).fill('wrong');
  await dialog.getByRole('button', { name: 'Switch' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Could not switch');
  await expect(page.getByTestId('session-info')).toContainText('eu-de');

  await dialog.getByLabel(/^Password/).fill('demo');
  await dialog.getByRole('button', { name: 'Switch' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('session-info')).toContainText('eu-nl');
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('switched-to-eu-nl.png') });
  const me = await page.request.get('/api/session');
  expect((await me.json()).project.name).toBe('eu-nl');
});
