import { expect, type Page } from '@playwright/test';
import { addParameters, choose, fill, radio } from './v1-forms.js';

/** Seeds 000/001 as REST bodies (catalog §3.15, §3.18: PyTorch-1.0.0-python3.6 = 41, p100 = 40). */
const estimator = {
  worker_server_num: 1,
  app_url: '/bucket/src/',
  boot_file_url: '/bucket/src/pytorch_sentiment.py',
  log_url: '/bucket/log/',
  parameter: [
    { label: 'classes', value: '10' },
    { label: 'lr', value: '0.001' },
  ],
  train_url: '/bucket/output/',
  spec_id: 40,
  engine_id: 41,
};
export const DATASET = { id: '4AZNvFkN7KYr5EdhFkH', version: 'UOF9BIeSGArwVt0oI6T' };

export const seed000ObsConfigBody = {
  config_name: 'my_job_config',
  config_desc: 'my job config',
  ...estimator,
  data_url: '/bucket/data/train/',
};
export const seed000DatasetConfigBody = {
  config_name: 'my_job_config',
  config_desc: 'my job config',
  ...estimator,
  dataset_id: DATASET.id,
  dataset_version_id: DATASET.version,
};
export const seed001ObsUpdateBody = {
  config_desc: 'update',
  ...estimator,
  data_url: '/bucket/dataset/',
};
export const seed001DatasetUpdateBody = {
  config_desc: 'update',
  ...estimator,
  dataset_id: DATASET.id,
  dataset_version_id: DATASET.version,
};
export const seed001DataSourceUpdateBody = {
  config_desc: 'update',
  ...estimator,
  data_source: [
    { type: 'dataset', dataset_id: DATASET.id, dataset_version: DATASET.version },
    { type: 'obs', data_url: '/bucket/dataset/' },
  ],
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
  await radio(page, 'Public pool (spec_id)');
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
