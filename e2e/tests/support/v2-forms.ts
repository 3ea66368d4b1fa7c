import { expect, type Page } from '@playwright/test';
import { receivedRequests } from './emulator-control.js';

/** From the job list to the v2 create form. */
export async function openV2CreateForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Create v2 training job' }).click();
  await expect(page.getByRole('heading', { name: 'Create v2 training job' })).toBeVisible();
}

export async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
}

/** Picks an option of a Mantine Select by the start of its label. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Chooses a segment of a Mantine SegmentedControl (its radio inputs are visually hidden). */
export async function segment(page: Page, group: string, option: string): Promise<void> {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
  await expect(page.getByRole('radio', { name: option, exact: true })).toBeChecked();
}

export async function addRows(
  page: Page,
  button: string,
  noun: string,
  rows: readonly { name: string; value: string }[],
): Promise<void> {
  for (const [i, row] of rows.entries()) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await fill(page, `${noun} ${i + 1} name`, row.name);
    await fill(page, `${noun} ${i + 1} value`, row.value);
  }
}

/** The body of the last v2 create request the emulator received. */
export async function lastV2CreateBody(): Promise<unknown> {
  const creates = (await receivedRequests()).filter(
    (r) => r.method === 'POST' && /^\/v2\/[^/]+\/training-jobs$/.test(r.path),
  );
  return creates.at(-1)?.body;
}

/** The request preview of the form, parsed. */
export async function previewBody(page: Page): Promise<unknown> {
  return JSON.parse((await page.getByTestId('v2-request-preview').textContent()) ?? '');
}
