import { expect, test } from '@playwright/test';
import { logIn } from './support/console.js';
import { postJson, v1Config, v2JobBody } from './support/job-depth.js';
import { choose, fill, lastV2CreateBody } from './support/v2-forms.js';

const suffix = () => String(Date.now() % 1_000_000);

test.use({ viewport: { width: 1440, height: 900 } });

test('a v2 job shows its settings; its copy submits the body that made it (name aside)', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const name = `depth_${suffix()}`;
  const original = v2JobBody(name);
  const job = await postJson<{ metadata: { id: string } }>(page, '/api/v2/training-jobs', original);
  await page.goto(`/jobs/v2/${job.metadata.id}`);
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();

  const settings = page.getByRole('region', { name: 'Job settings' });
  const params = settings.getByRole('table', { name: 'Hyperparameters' });
  await expect(params.getByRole('row', { name: /max_steps\s*30/ })).toBeVisible();
  await expect(
    settings.getByRole('table', { name: 'Environment variables' }).getByText('E2E_FLAG'),
  ).toBeVisible();
  await expect(
    settings.getByRole('table', { name: 'Input data' }).getByText('/home/ma-user/data'),
  ).toBeVisible();
  await expect(
    settings.getByRole('table', { name: 'Outputs' }).getByRole('link', {
      name: '/test-modelarts/depth-out/',
    }),
  ).toHaveAttribute('href', '/obs?path=%2Ftest-modelarts%2Fdepth-out%2F');
  await expect(
    settings.getByRole('table', { name: 'Volumes' }).getByText('192.168.0.82:/share'),
  ).toBeVisible();
  await expect(page.getByText('After 2 hours')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('v2-job-page.png'), fullPage: true });

  await page.getByRole('link', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Create v2 training job' })).toBeVisible();
  await expect(page.getByText(/Pre-filled from job/)).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name}-copy`);
  await page.screenshot({ path: testInfo.outputPath('v2-copy-form.png'), fullPage: true });

  const sent = page.waitForRequest(
    (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v2/training-jobs',
  );
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const body: unknown = (await sent).postDataJSON();
  const expected = { ...original, metadata: { ...original.metadata, name: `${name}-copy` } };
  expect(body).toEqual(expected);
  await expect(page.getByRole('heading', { name: `${name}-copy`, exact: true })).toBeVisible();
  expect(await lastV2CreateBody()).toEqual(expected);
});

test('a v2 job saved as an algorithm runs again as a new job that picks it', async ({ page }) => {
  await logIn(page);
  const name = `algsrc_${suffix()}`;
  const job = await postJson<{ metadata: { id: string } }>(
    page,
    '/api/v2/training-jobs',
    v2JobBody(name),
  );
  await page.goto(`/jobs/v2/${job.metadata.id}`);
  await page.getByRole('button', { name: 'Save as algorithm' }).click();
  const algoName = `algo_${suffix()}`;
  const dialog = page.getByRole('dialog', { name: 'Save as algorithm' });
  await dialog.getByLabel('Algorithm name').fill(algoName);
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v2/algorithms',
  );
  await dialog.getByRole('button', { name: 'Save algorithm' }).click();
  const algo = (await (await saved).json()) as { metadata: { id: string } };
  await expect(page.getByText('Algorithm saved')).toBeVisible();

  await page.goto('/jobs/v2/create');
  const second = `fromalgo_${suffix()}`;
  await fill(page, 'Name', second);
  await choose(page, 'Algorithm', algoName);
  await choose(page, 'Flavor', /^modelarts\.vm\.cpu\.8u/);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: second, exact: true })).toBeVisible();
  expect(await lastV2CreateBody()).toMatchObject({ algorithm: { id: algo.metadata.id } });
  await expect(page.getByText(`Algorithm ${algoName}`)).toBeVisible();
  // the algorithm's code and default hyperparameters run
  await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });
});

test('comparing two v1 versions shows only the changed hyperparameter; copy pre-fills', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const name = `cmp_${suffix()}`;
  const first = await postJson<{ job_id: number; version_id: number }>(
    page,
    '/api/v1/training-jobs',
    { job_name: name, config: v1Config('40') },
  );
  await postJson(page, `/api/v1/training-jobs/${first.job_id}/versions`, {
    config: { ...v1Config('20'), pre_version_id: first.version_id },
  });
  await page.goto(`/jobs/v1/${first.job_id}/versions/${first.version_id}?tab=versions`);
  await page.getByRole('checkbox', { name: 'Compare V0001' }).check();
  await page.getByRole('checkbox', { name: 'Compare V0002' }).check();
  await page.getByRole('button', { name: 'Compare 2 versions' }).click();
  const table = page.getByRole('table', { name: 'Differences between versions' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toHaveText(/Hyperparameter max_steps.*40.*20/);
  await page
    .getByRole('region', { name: 'Version comparison' })
    .screenshot({ path: testInfo.outputPath('v1-compare.png') });
  await page.getByRole('switch', { name: 'Show all fields' }).check();
  await expect(table.getByText('Hyperparameter step_seconds')).toBeVisible();

  await page.getByRole('link', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Create training job' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name}-copy`);
  await page.screenshot({ path: testInfo.outputPath('v1-copy-form.png'), fullPage: true });
});
