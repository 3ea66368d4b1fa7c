import { expect, test, type Page } from '@playwright/test';
import { logIn } from './support/console.js';
import {
  seed000DatasetConfigBody,
  seed000ObsConfigBody,
  seed001DataSourceUpdateBody,
  seed001DatasetUpdateBody,
  seed001ObsUpdateBody,
} from '@console/shared/fixtures';
import {
  chooseDataset,
  DATASET,
  fillEstimator,
  openModifyForm,
  openNewConfigForm,
} from './support/v1-configs.js';
import { fill, lastBody, previewBody, radio, snap } from './support/v1-forms.js';

const CREATE = /\/training-job-configs$/;
const UPDATE = /\/training-job-configs\/my_job_config$/;

async function save(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'my_job_config', exact: true })).toBeVisible();
}

test('seeds 000/001: configurations created and modified through the UI', async ({
  page,
}, testInfo) => {
  await logIn(page);

  // Seed 000, example 1: OBS inputs.
  await openNewConfigForm(page);
  await fillEstimator(page);
  await radio(page, 'OBS path');
  await fill(page, 'Data path', '/bucket/data/train/');
  expect(await previewBody(page)).toEqual(seed000ObsConfigBody);
  await snap(page, testInfo, 'configuration-form');
  await save(page, 'Create configuration');
  expect(await lastBody('POST', CREATE)).toEqual(seed000ObsConfigBody);

  // Seed 001, example 1: modify with OBS inputs.
  await openModifyForm(page, 'my_job_config');
  await fill(page, 'Description', 'update');
  await fill(page, 'Data path', '/bucket/dataset/');
  expect(await previewBody(page)).toEqual(seed001ObsUpdateBody);
  await save(page, 'Save configuration');
  expect(await lastBody('PUT', UPDATE)).toEqual(seed001ObsUpdateBody);

  // Seed 001, example 2: modify with a dataset.
  await openModifyForm(page, 'my_job_config');
  await radio(page, 'Dataset');
  await chooseDataset(page);
  await save(page, 'Save configuration');
  expect(await lastBody('PUT', UPDATE)).toEqual(seed001DatasetUpdateBody);

  // Seed 001's data_source parameter: a dataset row and an OBS row.
  await openModifyForm(page, 'my_job_config');
  await radio(page, 'Data source list');
  await page.locator('[aria-label="Data source 1"]').getByText('dataset', { exact: true }).click();
  await chooseDataset(page, 'Source dataset');
  await page.getByRole('button', { name: 'Add data source' }).click();
  await fill(page, 'Data path 2', '/bucket/dataset/');
  await save(page, 'Save configuration');
  expect(await lastBody('PUT', UPDATE)).toEqual(seed001DataSourceUpdateBody);

  // Delete, then seed 000, example 2: from a dataset + version (same name).
  await page.getByRole('button', { name: 'Delete my_job_config' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete configuration' }).click();
  await expect(page.getByRole('heading', { name: 'Configurations' })).toBeVisible();
  await openNewConfigForm(page);
  await fillEstimator(page);
  await radio(page, 'Dataset');
  await chooseDataset(page);
  await save(page, 'Create configuration');
  expect(await lastBody('POST', CREATE)).toEqual(seed000DatasetConfigBody);

  await page.goto('/configs');
  await expect(page.getByRole('link', { name: 'my_job_config', exact: true })).toBeVisible();
  await snap(page, testInfo, 'configurations-page');

  // "Create job from this configuration" opens the create form pre-filled.
  await page.getByRole('link', { name: 'my_job_config', exact: true }).click();
  await snap(page, testInfo, 'configuration-details');
  await page.getByRole('link', { name: 'Create job from this configuration' }).click();
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  const body = (await previewBody(page)) as { config: Record<string, unknown> };
  expect(body.config).toMatchObject({
    dataset_id: DATASET.id,
    dataset_version_id: DATASET.version,
    spec_id: 40,
    engine_id: 41,
    app_url: '/bucket/src/',
  });
});
