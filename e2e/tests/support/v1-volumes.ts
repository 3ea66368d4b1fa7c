import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { EMULATOR_URL } from './env.js';
import { fill, openCreateForm, radio } from './v1-forms.js';

/** Where the emulator keeps a host_path volume (its test control surface, README "Volumes"). */
export async function hostVolumeDir(srcPath: string): Promise<string> {
  const res = await fetch(
    `${EMULATOR_URL}/__control/volumes/host?src_path=${encodeURIComponent(srcPath)}`,
  );
  if (!res.ok) throw new Error(`volumes/host answered ${res.status}`);
  return ((await res.json()) as { path: string }).path;
}

export async function readVolumeFile(srcPath: string, file: string): Promise<string | null> {
  const path = join(await hostVolumeDir(srcPath), file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** Creates a custom-image job running `command` with one host_path volume mounted at /home/mind. */
export async function createImageJobWithHostVolume(
  page: Page,
  name: string,
  srcPath: string,
  command: string,
): Promise<void> {
  await openCreateForm(page);
  await fill(page, 'Name', name);
  await radio(page, 'Custom image');
  await fill(page, 'Image', 'swr.example.com/e2e/shell:1.0');
  await fill(page, 'Boot command', command);
  await page.getByRole('button', { name: 'Add host folder' }).click();
  await fill(page, 'Volume 1 source path', srcPath);
  await fill(page, 'Volume 1 mount path', '/home/mind');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** True while a process with this id exists. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
