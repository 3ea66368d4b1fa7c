import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the OBS picker of a field ("Browse") and returns its dialog. */
export async function browse(page: Page, label: string): Promise<Locator> {
  await page.getByRole('button', { name: `Browse OBS for ${label}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** From the buckets down through `names` (bucket, folder, folder …), by clicking. */
export async function openFolders(dialog: Locator, names: readonly string[]): Promise<void> {
  const crumbs = dialog.getByRole('navigation', { name: 'Folder path' });
  const top = crumbs.getByRole('button', { name: 'All buckets', exact: true });
  if (await top.isVisible()) await top.click();
  for (const name of names) {
    await dialog
      .getByRole('button', { name: new RegExp(`^Open (bucket|folder) ${name}$`) })
      .click();
    await expect(crumbs.getByText(name, { exact: true })).toHaveAttribute(
      'aria-current',
      'location',
    );
  }
}

/** "New folder" in the folder shown: the picker then opens it. */
export async function newFolder(dialog: Locator, name: string): Promise<void> {
  await dialog.getByRole('button', { name: 'New folder', exact: true }).click();
  await dialog.getByLabel('New folder name').fill(name);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(
    dialog.getByRole('navigation', { name: 'Folder path' }).getByText(name, { exact: true }),
  ).toHaveAttribute('aria-current', 'location');
}

/** Uploads a local folder (with its sub-folders) into the folder shown, through "Upload folder". */
export async function uploadFolder(page: Page, dialog: Locator, localDir: string, files: number) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Upload folder', exact: true }).click();
  await (await chooser).setFiles(localDir);
  await expect(dialog.getByText(`Uploads: ${files} of ${files} done`)).toBeVisible();
}

export async function selectFolder(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Select this folder', exact: true }).click();
  await expect(dialog).toBeHidden();
}

export async function selectFile(dialog: Locator, name: string): Promise<void> {
  await dialog.getByRole('button', { name: `File ${name}`, exact: true }).click();
  await dialog.getByRole('button', { name: 'Select file', exact: true }).click();
  await expect(dialog).toBeHidden();
}
