import { expect, test, type Page } from '@playwright/test';
import { logIn, logRegion } from '../tests/support/console.js';

/**
 * Issue 8: the console against an upstream that answers only with the documented response
 * samples (bff/src/test-support/documented-upstream), never with emulator-only behaviour.
 */
const V1_JOB = 'testModelArtsJob';
const V2_JOB = 'trainjob--py14_mem06-byd-108';
const V2_JOB_ID = '3faf5c03-aaa1-4cbe-879d-24b05d997347';

async function noErrorAlert(page: Page) {
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** Opens a Select and checks that it offers `option`, then closes it again. */
async function offers(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await expect(page.getByRole('option', { name: option })).toBeVisible();
  await page.keyboard.press('Escape');
}

test.beforeEach(async ({ page }) => {
  await logIn(page);
});

test('the job list shows the documented v1 and v2 jobs, with no error', async ({ page }, info) => {
  await expect(page.getByRole('link', { name: V1_JOB })).toBeVisible();
  await expect(page.getByRole('link', { name: V2_JOB })).toBeVisible();
  await expect(page.getByText('2 jobs')).toBeVisible();
  await noErrorAlert(page);
  await page.screenshot({ path: info.outputPath('job-list.png'), fullPage: true });
});

test('the v1 create form fills its pickers from the documented lists', async ({ page }) => {
  await page.getByRole('link', { name: 'Create training job' }).click();
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'modelarts.vm.cpu.2u' })).toBeVisible();
  // seed 004's engine 4 and modelarts.vm.cpu.8u are not offered here: not previewed either
  await expect(page.getByText('"engine_id": 4')).toHaveCount(0);
  await expect(page.getByText('modelarts.vm.cpu.8u')).toHaveCount(0);
  await offers(page, 'AI engine', 'TF-1.4.0-python2.7');
  await page.getByRole('radio', { name: 'Built-in algorithm' }).check();
  await offers(page, 'Algorithm', /ResNet_v2_50/);
  await page.getByRole('radio', { name: 'Custom code' }).check();
  await page.getByRole('radio', { name: 'Dataset', exact: true }).check();
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).click();
  await page.getByRole('option', { name: /dataset-f9e8/ }).click();
  await offers(page, 'Dataset version', /V003/);
  await noErrorAlert(page);
});

test('the v2 create form fills its pickers from the documented lists', async ({ page }) => {
  await page.getByRole('link', { name: 'Create v2 training job' }).click();
  await expect(page.getByRole('heading', { name: 'Create v2 training job' })).toBeVisible();
  // the engine list's "......" item is left out, and said so: the only alert on the page
  const notice = page.getByRole('alert', { name: 'Some choices are not shown' });
  await expect(notice).toContainText('1 of the AI engines ModelArts listed could not be read');
  await offers(page, 'Algorithm', /TestModelArtsalgorithm/);
  await offers(page, 'Flavor', /modelarts\.vm\.cpu\.2u|Computing CPU\(2U\)/);
  await page.getByText('Code + boot file', { exact: true }).click();
  await offers(page, 'Engine', /xgboost-sklearn-python3\.6/);
  await expect(page.getByRole('alert')).toHaveCount(1);
});

test('the v1 job page streams the documented log sample', async ({ page }) => {
  await page.getByRole('link', { name: V1_JOB }).click();
  await expect(page.getByRole('heading', { name: 'TestModelArtsJob' })).toBeVisible();
  const logs = logRegion(page);
  await expect(logs.getByText('Log string')).toBeVisible();
  await expect(logs.getByText('Ended')).toBeVisible();
  await expect(logs.getByText('1 line')).toBeVisible();
  await noErrorAlert(page);
  await page.getByRole('tab', { name: 'Versions' }).click();
  await expect(page.getByRole('table', { name: 'Versions' }).getByText('V0004')).toBeVisible();
  await noErrorAlert(page);
});

test('the v2 job page renders the documented detail, events and log preview', async ({ page }) => {
  await page.getByRole('link', { name: V2_JOB }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/v2/${V2_JOB_ID}$`));
  await expect(page.getByRole('heading', { name: 'trainjob--py14_mem06-108' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Job details' });
  await expect(details.getByText('modelarts.vm.pnt1.large.eco', { exact: false })).toBeVisible();
  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.getByText('Training job failed.')).toBeVisible();
  await expect(events.getByText('[worker-0] Training finished. Exit code 1.')).toBeVisible();
  const logs = logRegion(page);
  await expect(
    logs.getByText('[Modelarts Service Log][sidecar] exit with 0').first(),
  ).toBeVisible();
  await noErrorAlert(page);
});
