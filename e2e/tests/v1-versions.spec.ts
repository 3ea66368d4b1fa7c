import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { fill, lastBody, wasReceived } from './support/v1-forms.js';
import { createImageJobWithHostVolume } from './support/v1-volumes.js';

const suffix = () => String(Date.now() % 1_000_000);

test('new version from a version, delete a version, save a job as a configuration', async ({
  page,
}) => {
  await logIn(page);
  const name = `versions_job_${suffix()}`;
  await createImageJobWithHostVolume(page, name, `/root/e2e-v-${suffix()}`, 'echo version-run');
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 60_000 });
  const [, jobId, firstVersion] = /\/jobs\/v1\/(\d+)\/versions\/(\d+)/.exec(page.url()) ?? [];

  // New version pre-filled from V0001 with an edited command and the mandatory output path.
  await page.getByRole('tab', { name: 'Versions' }).click();
  await expect(page).toHaveURL(/\?tab=versions$/);
  await page.getByRole('link', { name: 'New version from V0001' }).click();
  await expect(page.getByRole('heading', { name: 'New version' })).toBeVisible();
  await expect(page.getByLabel('Boot command', { exact: true })).toHaveValue('echo version-run');
  await fill(page, 'Boot command', 'echo second-run');
  await fill(page, 'Output path', '/usr/train/');
  await page.getByRole('button', { name: 'Create version', exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\/v1\/\d+\/versions\/\d+$/);
  await expect(page.getByText('V0002', { exact: true }).first()).toBeVisible();
  const body = (await lastBody('POST', /\/training-jobs\/\d+\/versions$/)) as {
    config: Record<string, unknown>;
  };
  expect(body.config).toMatchObject({
    pre_version_id: Number(firstVersion),
    user_command: 'echo second-run',
    user_image_url: 'swr.example.com/e2e/shell:1.0',
    train_url: '/usr/train/',
  });
  expect(body.config).not.toHaveProperty('volumes');
  expect(page.url()).not.toContain(`/versions/${firstVersion}`);

  // Delete V0001 from the versions tab.
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('button', { name: 'Delete V0001' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete version' }).click();
  await expect(page.getByRole('link', { name: 'V0001', exact: true })).toHaveCount(0);
  expect(
    await wasReceived('DELETE', new RegExp(`/training-jobs/${jobId}/versions/${firstVersion}$`)),
  ).toBe(true);

  // Save the job as a configuration.
  await page.getByRole('link', { name: 'Save as configuration' }).click();
  await expect(page.getByRole('heading', { name: 'Create configuration' })).toBeVisible();
  const configName = `cfg_${suffix()}`;
  await fill(page, 'Configuration name', configName);
  await page.getByRole('button', { name: 'Create configuration', exact: true }).click();
  await expect(page.getByRole('heading', { name: configName, exact: true })).toBeVisible();
  const saved = (await lastBody('POST', /\/training-job-configs$/)) as Record<string, unknown>;
  expect(saved).toMatchObject({
    config_name: configName,
    user_command: 'echo second-run',
    train_url: '/usr/train/',
  });
});
