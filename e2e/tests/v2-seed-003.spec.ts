import { expect, test } from '@playwright/test';
import {
  seed003CatalogCustomImageBody,
  seed003CatalogFreeFlavorBody,
} from '@console/shared/fixtures';
import { logIn } from './support/console.js';
import {
  addRows,
  choose,
  fill,
  lastV2CreateBody,
  openV2CreateForm,
  previewBody,
  segment,
} from './support/v2-forms.js';

test('seed 003 sample 1: a job from my algorithms, sent as documented', async ({ page }) => {
  await logIn(page);
  await openV2CreateForm(page);
  await fill(page, 'Name', 'TestModelArtsJob');
  await fill(page, 'Description', 'This is a ModelArts job');
  await choose(page, 'Algorithm', 'ttt-obs-gpu');
  await addRows(
    page,
    'Add parameter',
    'Parameter',
    seed003CatalogFreeFlavorBody.algorithm.parameters,
  );
  await choose(page, 'Flavor', /^modelarts\.p3\.large\.public\.free/);
  expect(await previewBody(page)).toEqual(seed003CatalogFreeFlavorBody);

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'TestModelArtsJob', exact: true })).toBeVisible();
  expect(await lastV2CreateBody()).toEqual(seed003CatalogFreeFlavorBody);
});

test('seed 003 sample 2: custom image, env vars, dedicated pool, NFS volume', async ({
  page,
}, testInfo) => {
  await logIn(page);
  await openV2CreateForm(page);
  await fill(page, 'Name', 'TestModelArtsJob2');
  await fill(page, 'Description', 'This is a ModelArts job2');
  await segment(page, 'Algorithm source', 'Custom image');
  await fill(page, 'Image URL', 'xxxxxxxx/fastseq:1.2');
  await fill(page, 'Command', 'cd /home/ma-user/ddp_demo && sh run_ddp.sh');
  await addRows(page, 'Add variable', 'Variable', [
    { name: 'NCCL_DEBUG', value: 'INFO' },
    { name: 'NCCL_IB_DISABLE', value: '0' },
  ]);
  await segment(page, 'Resource pool', 'Dedicated pool');
  await fill(page, 'Pool ID', 'poolfaf38d76');
  await choose(page, 'Flavor', /^modelarts\.pool\.visual\.xlarge/);
  await page.getByRole('button', { name: 'Add NFS volume' }).click();
  await fill(page, 'NFS server path 1', '192.168.0.82:/');
  await fill(page, 'Mount path 1', '/home/ma-user/nfs/');
  await fill(page, 'Log export path', '/training-test/limou/ddp-demo-log/');
  expect(await previewBody(page)).toEqual(seed003CatalogCustomImageBody);
  await page.screenshot({ path: testInfo.outputPath('v2-create-form.png'), fullPage: true });

  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'TestModelArtsJob2', exact: true })).toBeVisible();
  expect(await lastV2CreateBody()).toEqual(seed003CatalogCustomImageBody);
});
