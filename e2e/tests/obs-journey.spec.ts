import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logIn } from './support/console.js';
import {
  browse,
  newFolder,
  openFolders,
  selectFile,
  selectFolder,
  uploadFolder,
} from './support/obs-picker.js';
import { choose, fill, openV2CreateForm, segment } from './support/v2-forms.js';

// A training script as a user would upload it: writes its model into the output folder it is given.
const TRAIN = [
  'import argparse, os',
  'p = argparse.ArgumentParser()',
  'p.add_argument("--train_url")',
  'a, _ = p.parse_known_args()',
  'os.makedirs(a.train_url, exist_ok=True)',
  'open(os.path.join(a.train_url, "model.txt"), "w").write("weights=42\\n")',
  'print("model written to", a.train_url)',
].join('\n');

const BUCKET = 'test-modelarts';
const RUN = `obs-journey-${Date.now() % 1_000_000}`;
let localRoot: string;

test.beforeAll(() => {
  localRoot = mkdtempSync(join(tmpdir(), 'obs-journey-'));
  mkdirSync(join(localRoot, 'mnist-obs', 'lib'), { recursive: true });
  writeFileSync(join(localRoot, 'mnist-obs', 'train.py'), TRAIN);
  writeFileSync(join(localRoot, 'mnist-obs', 'lib', 'README.txt'), 'helpers would go here\n');
});
test.afterAll(() => rmSync(localRoot, { recursive: true, force: true }));

/** The job page's output link opens the file browser, which lists the model. */
async function openOutput(page: Page, linkText: string | RegExp): Promise<void> {
  await page.getByRole('link', { name: linkText }).click();
  await expect(page.getByRole('heading', { name: 'Files', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'File model.txt', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'File model.txt', exact: true }).click();
  await expect(page.getByLabel('Contents of model.txt')).toHaveText('weights=42');
}

test('upload code through the picker, run a v1 and a v2 job from it, open their outputs', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await logIn(page);

  // v1: the create form, every path chosen in the picker
  await page.getByRole('link', { name: 'Create training job' }).click();
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(`obs_v1_${Date.now() % 100000}`);
  await page.getByRole('radio', { name: 'modelarts.vm.cpu.2u', exact: true }).check();
  await page.getByRole('combobox', { name: 'AI engine' }).click();
  await page.getByRole('option', { name: 'TF-1.8.0-python3.6', exact: true }).click();

  let picker = await browse(page, 'Code directory');
  await openFolders(picker, [BUCKET]);
  await newFolder(picker, RUN);
  await uploadFolder(page, picker, join(localRoot, 'mnist-obs'), 2);
  await page.screenshot({ path: testInfo.outputPath('picker-uploaded.png') });
  await openFolders(picker, [BUCKET, RUN, 'mnist-obs']);
  await expect(picker.getByRole('button', { name: 'File train.py' })).toBeVisible();
  await selectFolder(picker);
  const codeDir = `/${BUCKET}/${RUN}/mnist-obs/`;
  await expect(page.getByLabel('Code directory', { exact: true })).toHaveValue(codeDir);
  await expect(page.getByRole('status', { name: 'Code directory check' })).toHaveText(
    'Folder exists.',
  );

  picker = await browse(page, 'Boot file');
  await openFolders(picker, [BUCKET, RUN, 'mnist-obs']);
  await selectFile(picker, 'train.py');
  await expect(page.getByLabel('Boot file', { exact: true })).toHaveValue(`${codeDir}train.py`);

  picker = await browse(page, 'Output path');
  await openFolders(picker, [BUCKET, RUN]);
  await newFolder(picker, 'out-v1');
  await selectFolder(picker);
  await expect(page.getByLabel('Output path', { exact: true })).toHaveValue(
    `/${BUCKET}/${RUN}/out-v1/`,
  );

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });
  await openOutput(page, `/${BUCKET}/${RUN}/out-v1/`);
  await page.screenshot({ path: testInfo.outputPath('browser-v1-output.png') });

  // v2: the same code, chosen again in the picker
  await page.getByRole('link', { name: 'Training jobs', exact: true }).click();
  await openV2CreateForm(page);
  await fill(page, 'Name', `obs-v2-${Date.now() % 100000}`);
  await segment(page, 'Algorithm source', 'Code + boot file');
  picker = await browse(page, 'Code directory');
  await openFolders(picker, [BUCKET, RUN, 'mnist-obs']);
  await selectFolder(picker);
  picker = await browse(page, 'Boot file');
  await openFolders(picker, [BUCKET, RUN, 'mnist-obs']);
  await selectFile(picker, 'train.py');
  await expect(page.getByLabel('Boot file', { exact: true })).toHaveValue(
    `obs://${BUCKET}/${RUN}/mnist-obs/train.py`,
  );
  await choose(page, 'Engine', /PyTorch/);
  await choose(page, 'Flavor', /^modelarts\.vm\.cpu\.8u/);
  await page.getByRole('button', { name: 'Add output', exact: true }).click();
  await fill(page, 'Output 1 name', 'train_url');
  picker = await browse(page, 'Output 1 OBS path');
  await openFolders(picker, [BUCKET, RUN]);
  await newFolder(picker, 'out-v2');
  await selectFolder(picker);

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });
  await openOutput(page, `obs://${BUCKET}/${RUN}/out-v2/`);
});
