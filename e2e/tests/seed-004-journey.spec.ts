import { expect, test } from '@playwright/test';
import { fillCreateForm, logIn, logRegion } from './support/console.js';
import { runSeed004Journey } from './support/seed-004.js';

test('seed 004: create, watch live logs, complete, delete', async ({ page }, testInfo) => {
  await logIn(page);
  await runSeed004Journey(page, testInfo, `jobtest_TF_${Date.now() % 100000}`);
});

test('a failing boot file shows Failed and the traceback', async ({ page }) => {
  await logIn(page);
  await fillCreateForm(page, {
    name: `failing_${Date.now() % 100000}`,
    spec: 'modelarts.vm.cpu.2u',
    engine: 'TF-1.8.0-python3.6',
    codeDir: '/test-modelarts/failing-code/',
    bootFile: '/test-modelarts/failing-code/train_fail.py',
  });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Failed', { timeout: 60_000 });
  await expect(logRegion(page).getByText('Traceback (most recent call last):')).toBeVisible();
  await expect(logRegion(page).getByText(/Error/).first()).toBeVisible();
});

test('invalid input shows field errors and sends nothing', async ({ page }) => {
  await logIn(page);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') posts.push(`${r.method()} ${r.url()}`);
  });
  await fillCreateForm(page, {
    name: 'bad name!',
    spec: 'modelarts.vm.cpu.8u',
    engine: 'TF-1.8.0-python3.6',
    bootFile: '/elsewhere/train.py',
    dataPath: 'not-a-path',
  });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  // Each error beside its field, in the user's words (the API name is the field's hint).
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
    /Name may contain only letters, digits, hyphens \(-\) and underscores \(_\)/,
  );
  await expect(page.getByLabel('Boot file', { exact: true })).toHaveAccessibleDescription(
    /Boot file must be inside Code directory/,
  );
  await expect(page.getByLabel('Data path', { exact: true })).toHaveAccessibleDescription(
    /Data path must be an OBS path/,
  );
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  expect(posts).toEqual([]);
});
