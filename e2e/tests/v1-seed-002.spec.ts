import { expect, test, type Page } from '@playwright/test';
import { logIn } from './support/console.js';
import { seed002DatasetBody, seed002ImageBody, seed002VolumeBody } from '@console/shared/fixtures';
import { addSeed002Volumes, fillSeed002Dataset, fillSeed002Image } from './support/v1-seed-002.js';
import { choose, lastBody, openCreateForm, previewBody, radio, snap } from './support/v1-forms.js';

const CREATE = /\/v1\/[0-9a-f]+\/training-jobs$/;

async function createAndCompare(page: Page, sample: { job_name: string }) {
  expect(await previewBody(page)).toEqual(sample);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: sample.job_name })).toBeVisible();
  expect(await lastBody('POST', CREATE)).toEqual(sample);
}

test.describe('seed 002 through the create form', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
    await openCreateForm(page);
  });

  test('dataset + engine sample (custom code)', async ({ page }, testInfo) => {
    await fillSeed002Dataset(page, seed002DatasetBody.job_name);
    await snap(page, testInfo, 'create-form-custom-code');
    await createAndCompare(page, seed002DatasetBody);
  });

  test('custom image sample', async ({ page }, testInfo) => {
    await fillSeed002Image(page);
    await snap(page, testInfo, 'create-form-custom-image');
    await createAndCompare(page, seed002ImageBody);
  });

  test('volumes sample', async ({ page }) => {
    await fillSeed002Dataset(page, seed002VolumeBody.job_name);
    await addSeed002Volumes(page);
    await createAndCompare(page, seed002VolumeBody);
  });

  test('built-in algorithm form sends model_id and no code fields', async ({ page }, testInfo) => {
    await page.getByLabel('Name', { exact: true }).fill(`builtin_${Date.now() % 100000}`);
    await radio(page, 'Built-in algorithm');
    await choose(page, 'Algorithm', /Softmax/);
    const body = (await previewBody(page)) as { config: Record<string, unknown> };
    expect(body.config.model_id).toBe(1);
    expect(body.config).not.toHaveProperty('app_url');
    expect(body.config).not.toHaveProperty('engine_id');
    await snap(page, testInfo, 'create-form-built-in-algorithm');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });
  });

  test('bad values in the v1 fields show their rule beside the field and send nothing', async ({
    page,
  }) => {
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await page.getByLabel('Name', { exact: true }).fill('bad_values');
    await radio(page, 'Custom image');
    await page.getByLabel('Image', { exact: true }).fill('swr.example/img:1');
    await radio(page, 'Dataset');
    await radio(page, 'Dedicated pool');
    await page.getByRole('button', { name: 'Add host folder' }).click();
    await page.getByLabel('Volume 1 source path', { exact: true }).fill('/root/x');
    await page.getByLabel('Volume 1 mount path', { exact: true }).fill('relative/path');
    await page.getByLabel('Log path', { exact: true }).fill('not-obs');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    for (const rule of [
      'Boot command is required',
      'Source dataset is required',
      'Pool ID is required',
      'Mount path must be an absolute path',
      'Log path must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ])
      await expect(page.getByText(rule, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
    expect(sent).toEqual([]);
  });
});
