import type { Page } from '@playwright/test';
import { seed002ImageBody } from '@console/shared/fixtures';
import { addParameters, choose, fill, radio } from './v1-forms.js';

/** The fields every seed-002 sample shares: names, workspace, spec_id 1, output and log paths. */
export async function fillSeed002Common(page: Page, name: string): Promise<void> {
  await fill(page, 'Name', name);
  await fill(page, 'Description', 'This is a ModelArts job');
  await fill(page, 'Workspace ID', 'af261af2218841ec960b01ab3cf1a5fa');
  await radio(page, 'Public pool, by spec ID');
  await radio(page, 'modelarts.vm.cpu.4u');
  await fill(page, 'Output path', '/usr/train/');
  await fill(page, 'Log path', '/usr/log/');
  await page.getByLabel('Send a notification object').uncheck();
}

/** Custom code with engine 1 reading dataset + version (the first sample). */
export async function fillSeed002Dataset(page: Page, name: string): Promise<void> {
  await fillSeed002Common(page, name);
  await radio(page, 'Custom code');
  await choose(page, 'AI engine', 'TF-1.4.0-python2.7');
  await fill(page, 'Code directory', '/usr/app/');
  await fill(page, 'Boot file', '/usr/app/boot.py');
  await addParameters(page, [
    { label: 'learning_rate', value: '0.01' },
    { label: 'batch_size', value: '32' },
  ]);
  await radio(page, 'Dataset');
  await choose(page, 'Dataset', '38277e62-9e59-48f4-8d89-c8cf41622c24');
  await choose(page, 'Dataset version', '2ff0d6ba-c480-45ae-be41-09a8369bfc90');
}

/** Custom image + command reading an OBS path (the second sample). */
export async function fillSeed002Image(page: Page): Promise<void> {
  await fillSeed002Common(page, seed002ImageBody.job_name);
  await radio(page, 'Custom image');
  await fill(page, 'Image', seed002ImageBody.config.user_image_url);
  await fill(page, 'Boot command', seed002ImageBody.config.user_command);
  await fill(page, 'Code directory', '/usr/app/');
  await addParameters(page, [{ label: 'CUSTOM_PARAM1', value: '1' }]);
  await radio(page, 'OBS path');
  await fill(page, 'Data path', '/usr/data/');
}

/** The first sample plus an nfs and a host_path volume (the third sample). */
export async function addSeed002Volumes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add NFS volume' }).click();
  await fill(page, 'Volume 1 id', '43b37236-9afa-4855-8174-32254b9562e7');
  await fill(page, 'Volume 1 source path', '192.168.8.150:/');
  await fill(page, 'Volume 1 mount path', '/home/work/nas');
  await page.getByRole('button', { name: 'Add host folder' }).click();
  await fill(page, 'Volume 2 source path', '/root/work');
  await fill(page, 'Volume 2 mount path', '/home/mind');
}
