import { expect, test } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { seriousViolations } from '../tests/support/axe.js';
import { fillCreateForm, logRegion } from '../tests/support/console.js';
import { choose, fill, openV2CreateForm } from '../tests/support/v2-forms.js';
import { PORTAL_ORIGIN } from './ports.js';
import { PEOPLE, signInAs, signInWithSso } from './sign-in.js';

// One story, in order: an operator creates jobs, a viewer follows one, an admin deletes it and
// reads the audit trail. Each test signs in with a fresh browser (no shared cookies).
test.describe.configure({ mode: 'serial' });

const suffix = Date.now() % 100_000;
const v1Name = `portal_v1_${suffix}`;
const v2Name = `portal_v2_${suffix}`;

test('an operator creates a v1 and a v2 job within the guardrails, and may not delete', async ({
  page,
}) => {
  await signInAs(page, PEOPLE.operator, 'operator');
  await expect(page.getByRole('note')).toHaveText(
    "Your role (operator) can't delete jobs — ask an admin",
  );

  await fillCreateForm(page, {
    name: v1Name,
    spec: 'modelarts.vm.cpu.8u',
    engine: 'TF-1.8.0-python3.6',
    codeDir: '/test-modelarts/mnist-tensorflow-code/',
    bootFile: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
    dataPath: '/test-modelarts/dataset-mnist/',
    outputPath: '/test-modelarts/mnist-model/output/',
  });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: v1Name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText("Your role (operator) can't delete this job");

  await page.getByRole('link', { name: '← Training jobs' }).click();
  await openV2CreateForm(page);
  await fill(page, 'Name', v2Name);
  await choose(page, 'Algorithm', 'ttt-obs-gpu');
  await choose(page, 'Flavor', /^modelarts\.p3\.large\.public\.free/);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: v2Name, exact: true })).toBeVisible();
});

test('a viewer opens a job and follows its logs, with no create, stop or delete', async ({
  page,
}, testInfo) => {
  await signInAs(page, PEOPLE.viewer, 'viewer');
  await expect(page.getByRole('link', { name: 'Create training job' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create v2 training job' })).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveText(
    "Your role (viewer) can't create, stop or delete jobs — ask an admin",
  );
  await expect(page.getByRole('button', { name: `Actions for ${v1Name}` })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: v1Name })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('job-list-viewer.png'), fullPage: true });

  await page.getByRole('link', { name: v1Name }).click();
  await expect(page.getByRole('heading', { name: v1Name })).toBeVisible();
  await expect(logRegion(page).locator('[data-log-line]').first()).toBeVisible({
    timeout: 60_000,
  });
  for (const name of ['Stop', 'Delete', 'New version', 'Save as configuration'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveText(
    "Your role (viewer) can't stop, copy or delete this job — ask an admin",
  );

  // the BFF refuses what the page does not offer
  const refused = await page.request.post('/api/v1/training-jobs', {
    headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, origin: PORTAL_ORIGIN },
    data: { job_name: 'not_allowed' },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error_code: 'Console.0403' });

  // signing out ends the console's session and the provider's, and lands on the sign-in page
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('button', { name: /yes, sign me out/i }).click();
  await expect(page).toHaveURL(`${PORTAL_ORIGIN}/login`);
  await expect(page.getByRole('link', { name: 'Sign in with your company account' })).toBeVisible();
  expect((await page.request.get('/api/session')).status()).toBe(401);
});

test('an admin deletes the job and sees both users’ actions on the Audit page', async ({
  page,
}, testInfo) => {
  await signInAs(page, PEOPLE.admin, 'admin');
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('link', { name: v1Name }).click();
  await expect(page.getByRole('heading', { name: v1Name })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page.getByRole('link', { name: v1Name, exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  const rows = page.getByTestId('audit-entry');
  const created = rows.filter({ hasText: 'Created job' }).filter({ hasText: v1Name });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(PEOPLE.operator);
  await expect(created).toContainText('success');
  await expect(rows.filter({ hasText: 'Created job' }).filter({ hasText: v2Name })).toContainText(
    PEOPLE.operator,
  );
  const deleted = rows.filter({ hasText: 'Deleted job' }).first();
  await expect(deleted).toContainText(PEOPLE.admin);
  await expect(deleted).toContainText('success');
  // newest first: the deletion above the creation
  await expect(rows.first()).toContainText('Deleted job');
  await page.screenshot({ path: testInfo.outputPath('audit-page.png'), fullPage: true });
  // the admin's audit table, readable by everyone: axe in light and in dark mode
  expect(await seriousViolations(page, testInfo, 'audit-light')).toEqual([]);
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await seriousViolations(page, testInfo, 'audit-dark')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('audit-page-dark.png'), fullPage: true });

  await page.getByLabel('User', { exact: true }).fill(PEOPLE.operator);
  await expect(rows.filter({ hasText: PEOPLE.admin })).toHaveCount(0);
  await expect(rows.filter({ hasText: v1Name })).toHaveCount(1);
});

test('someone with no role lands on the sign-in page, told why', async ({ page }, testInfo) => {
  await page.goto('/login');
  await expect(page.getByRole('link', { name: 'Sign in with your company account' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sign-in-sso.png') });
  await signInWithSso(page, PEOPLE.noRole);
  await expect(page).toHaveURL(/\/login\?error=no_role$/);
  await expect(page.getByRole('alert')).toContainText(
    'Your account has no role in any project of this console — ask your platform team',
  );
  await expect(page.getByRole('link', { name: 'Sign in with your company account' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sign-in-no-role.png') });
});
