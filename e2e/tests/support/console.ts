import { expect, type Page } from '@playwright/test';
import { DEMO } from './env.js';

export async function logIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Domain').fill(DEMO.domain);
  await page.getByLabel('Username').fill(DEMO.username);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByLabel('Project').fill(DEMO.project);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
}

export interface JobForm {
  name: string;
  description?: string;
  spec: string;
  engine: string;
  codeDir?: string;
  bootFile?: string;
  dataPath?: string;
  outputPath?: string;
}

/** Fills the create form the way a user does; fields left undefined keep their defaults. */
export async function fillCreateForm(page: Page, form: JobForm): Promise<void> {
  await page.getByRole('link', { name: 'Create training job' }).click();
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(form.name);
  if (form.description !== undefined) await page.getByLabel('Description').fill(form.description);
  await page.getByRole('radio', { name: form.spec, exact: true }).check();
  await page.getByRole('combobox', { name: 'AI engine' }).click();
  await page.getByRole('option', { name: form.engine, exact: true }).click();
  const fill = async (label: string, value: string | undefined) => {
    if (value !== undefined) await page.getByLabel(label, { exact: true }).fill(value);
  };
  await fill('Code directory', form.codeDir);
  await fill('Boot file', form.bootFile);
  await fill('Data path', form.dataPath);
  await fill('Output path', form.outputPath);
}

export function logRegion(page: Page) {
  return page.getByRole('region', { name: 'Logs' });
}

/** Waits until the console's keyboard shortcuts listen (their handler loads just after the first page). */
export async function shortcutsReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-shortcuts="ready"]')).toHaveCount(1);
}
