import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { choose, fill, openV2CreateForm, previewBody, segment } from './support/v2-forms.js';

/** The subscription every emulator project holds (emulator/src/domain/v2/README.md). */
const SUBSCRIPTION_ID = '9c0b6d1e-3f1a-4a57-9a3e-2d1f6b7c8e90';
const ITEM_VERSION_ID = '5e2f8a14-7c3d-4b1e-8f60-1a9d2c3b4e57';

test('a subscribed algorithm runs to Completed and the job page names it', async ({ page }) => {
  await logIn(page);
  await openV2CreateForm(page);
  const name = `subscribed_${Date.now() % 100000}`;
  await fill(page, 'Name', name);
  await segment(page, 'Algorithm source', 'Subscribed');
  await fill(page, 'Subscription ID', SUBSCRIPTION_ID);
  await fill(page, 'Item version ID', ITEM_VERSION_ID);
  await choose(page, 'Flavor', /^modelarts\.vm\.cpu\.2u/);
  const body = (await previewBody(page)) as { algorithm: Record<string, unknown> };
  expect(body.algorithm).toMatchObject({
    subscription_id: SUBSCRIPTION_ID,
    item_version_id: ITEM_VERSION_ID,
  });
  expect(body.algorithm).not.toHaveProperty('code_dir');
  expect(body.algorithm).not.toHaveProperty('engine');

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(page.getByText('Subscribed gallery-digits-softmax')).toBeVisible();
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 60_000 });
});
