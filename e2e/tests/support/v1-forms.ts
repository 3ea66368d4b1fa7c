import { expect, type Page, type TestInfo } from '@playwright/test';
import { receivedRequests } from './emulator-control.js';

/** Picks `option` (substring) in the Mantine select labelled `label`. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

export async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
}

export async function radio(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).check();
}

export async function addParameters(
  page: Page,
  rows: ReadonlyArray<{ label: string; value: string }>,
): Promise<void> {
  for (const [i, row] of rows.entries()) {
    await page.getByRole('button', { name: 'Add hyperparameter' }).click();
    await page.getByLabel('Label', { exact: true }).nth(i).fill(row.label);
    await page.getByLabel('Value', { exact: true }).nth(i).fill(row.value);
  }
}

/** Removes every hyperparameter row the form was pre-filled with. */
export async function clearParameters(page: Page): Promise<void> {
  const remove = page.getByRole('button', { name: /^Remove hyperparameter/ });
  while ((await remove.count()) > 0) await remove.first().click();
}

/** The form's JSON preview, parsed. */
export async function previewBody(page: Page): Promise<unknown> {
  return JSON.parse((await page.getByTestId('request-preview').textContent()) ?? 'null') as unknown;
}

/** The last body the emulator received for `METHOD path-suffix`. */
export async function lastBody(method: string, pathSuffix: RegExp): Promise<unknown> {
  const matching = (await receivedRequests()).filter(
    (r) => r.method === method && pathSuffix.test(r.path),
  );
  return matching.at(-1)?.body;
}

/** Saves a full-page screenshot as a test artifact and attaches it to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  // A full-page capture draws fixed and sticky parts (header, preview, action bar) where the viewport
  // was: grow the viewport to the whole page instead, so each part sits where a reader expects it.
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

export async function openCreateForm(page: Page): Promise<void> {
  await page.goto('/jobs/create');
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
}

/** Whether the emulator received `METHOD path` (for bodiless calls such as DELETE). */
export async function wasReceived(method: string, path: RegExp): Promise<boolean> {
  return (await receivedRequests()).some((r) => r.method === method && path.test(r.path));
}
