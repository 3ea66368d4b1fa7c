import { expect, type Page } from '@playwright/test';
import { seed000DatasetConfigBody } from '@console/shared/fixtures';
import { addParameters, choose, fill, radio } from './v1-forms.js';

/** The dataset and version the seed-000/001 dataset samples read. */
export const DATASET = {
  id: seed000DatasetConfigBody.dataset_id,
  version: seed000DatasetConfigBody.dataset_version_id,
};

/** The seed Estimator's fields on the configuration form (data source left to the caller). */
export async function fillEstimator(page: Page): Promise<void> {
  await fill(page, 'Configuration name', 'my_job_config');
  await fill(page, 'Description', 'my job config');
  await radio(page, 'Custom code');
  await choose(page, 'AI engine', 'PyTorch-1.0.0-python3.6');
  await fill(page, 'Code directory', '/bucket/src/');
  await fill(page, 'Boot file', '/bucket/src/pytorch_sentiment.py');
  await addParameters(page, [
    { label: 'classes', value: '10' },
    { label: 'lr', value: '0.001' },
  ]);
  await radio(page, 'Public pool, by spec ID');
  await radio(page, 'modelarts.vm.gpu.p100');
  await fill(page, 'Output path', '/bucket/output/');
  await fill(page, 'Log path', '/bucket/log/');
}

export async function chooseDataset(page: Page, label = 'Dataset'): Promise<void> {
  await choose(page, label, DATASET.id);
  await choose(page, `${label} version`, DATASET.version);
}

export async function openNewConfigForm(page: Page): Promise<void> {
  await page.goto('/configs');
  await page.getByRole('link', { name: 'Create configuration' }).click();
  await expect(page.getByRole('heading', { name: 'Create configuration' })).toBeVisible();
  await expect(page.getByLabel('Configuration name', { exact: true })).toBeVisible();
}

export async function openModifyForm(page: Page, name: string): Promise<void> {
  await page.goto(`/configs/${name}`);
  await page.getByRole('link', { name: 'Modify' }).click();
  await expect(page.getByRole('heading', { name: `Modify configuration ${name}` })).toBeVisible();
  await expect(page.getByLabel('Configuration name', { exact: true })).toHaveValue(name);
}
