import { expect, test, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { fillCreateForm } from '../tests/support/console.js';
import { PORTAL_ORIGIN } from './ports.js';
import { PEOPLE, signInAs } from './sign-in.js';

// Guardrails in the form, job owners and the project switch, each test with fresh browsers.
const suffix = Date.now() % 100_000;
const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE, origin: PORTAL_ORIGIN };

/** A v2 job that runs for minutes (the emulator's sample script, 600 steps of 1 s). */
const longV2Job = (name: string) => ({
  kind: 'job',
  metadata: { name },
  algorithm: {
    code_dir: '/test-modelarts/v2-code/',
    boot_file: '/test-modelarts/v2-code/train_v2.py',
    engine: { engine_id: 'horovod-cp36-tf-1.16.2' },
    parameters: [
      { name: 'steps', value: '600' },
      { name: 'step_seconds', value: '1' },
    ],
  },
  spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
});

const v1JobsNamed = async (page: Page, name: string) => {
  const res = await page.request.get(`/api/v1/training-jobs?search_content=${name}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { job_total_count: number }).job_total_count;
};

test('an operator’s create over a guardrail is refused beside the field, and nothing is created', async ({
  page,
}, testInfo) => {
  await signInAs(page, PEOPLE.operator, 'operator');
  const name = `over_guard_${suffix}`;
  await fillCreateForm(page, {
    name,
    spec: 'modelarts.vm.cpu.8u',
    engine: 'TF-1.8.0-python3.6',
    codeDir: '/another-bucket/code/',
    bootFile: '/another-bucket/code/train_mnist_tf.py',
    dataPath: '/test-modelarts/dataset-mnist/',
    outputPath: '/test-modelarts/mnist-model/output/',
  });
  const limits = page.getByTestId('role-limits');
  await expect(limits).toContainText("Your role's limits");
  await expect(limits).toContainText('Code under /test-modelarts/');
  await expect(limits).toContainText('At most 2 nodes per job');
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  const codeDir = page.getByLabel('Code directory', { exact: true });
  await expect(codeDir).toHaveAttribute('aria-invalid', 'true');
  await expect(codeDir).toHaveAccessibleDescription(
    /config\.app_url: code must be under \/test-modelarts\//,
  );
  await expect(page).toHaveURL(`${PORTAL_ORIGIN}/jobs/create`);
  // tall enough for the limits and the refused field (a full-page shot misplaces the sticky bars)
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('create-form-limits.png') });
  expect(await v1JobsNamed(page, name)).toBe(0);
});

test('an operator cannot stop another operator’s v2 job: no button, and the BFF refuses', async ({
  page,
  browser,
}, testInfo) => {
  const name = `olgas_v2_${suffix}`;
  // olga starts a long job in her own browser
  const olga = await browser.newPage({ baseURL: PORTAL_ORIGIN });
  await signInAs(olga, PEOPLE.otherOperator, 'operator');
  const created = await olga.request.post('/api/v2/training-jobs', {
    headers,
    data: longV2Job(name),
  });
  expect(created.ok()).toBe(true);
  const jobId = ((await created.json()) as { metadata: { id: string } }).metadata.id;

  await signInAs(page, PEOPLE.operator, 'operator');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByTestId('created-by')).toHaveText(PEOPLE.otherOperator);
  await expect(page.getByRole('button', { name: `Actions for ${name}` })).toHaveCount(0);
  await expect(page.getByTestId('owner-note')).toContainText(
    'As an operator you may stop only your own jobs',
  );
  await page.screenshot({ path: testInfo.outputPath('job-list-created-by.png'), fullPage: true });

  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Job details' })).toContainText(
    new RegExp(`Created by\\s*${PEOPLE.otherOperator}`),
  );
  await expect(page.getByTestId('owner-note')).toHaveText(
    "This job is olga's: as an operator you may stop only your own jobs",
  );
  await expect(page.getByRole('button', { name: 'Terminate' })).toHaveCount(0);

  const refused = await page.request.post(`/api/v2/training-jobs/${jobId}/actions`, {
    headers,
    data: { action_type: 'terminate' },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({
    error_code: 'Console.0403',
    error_msg: "This job is olga's: as an operator you may stop only your own jobs",
  });

  // olga may stop her own (and the long job ends here)
  const stopped = await olga.request.post(`/api/v2/training-jobs/${jobId}/actions`, {
    headers,
    data: { action_type: 'terminate' },
  });
  expect(stopped.ok()).toBe(true);
  await olga.close();
});

test('someone with roles in two projects switches project in the header', async ({
  page,
}, testInfo) => {
  await signInAs(page, PEOPLE.admin, 'admin');
  const project = page.getByRole('combobox', { name: 'Project' });
  await expect(project).toHaveValue('eu-de');
  await expect(page.getByRole('link', { name: 'Audit trail' })).toBeVisible();

  await project.click();
  await expect(page.getByRole('option', { name: 'eu-de · admin' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('header-project-switch.png') });
  await page.getByRole('option', { name: 'eu-nl · viewer' }).click();
  await expect(page.getByTestId('session-role')).toHaveText('viewer');
  await expect(project).toHaveValue('eu-nl');
  await expect(page).toHaveURL(`${PORTAL_ORIGIN}/jobs`);
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create training job' })).toHaveCount(0);
  const session = (await (await page.request.get('/api/session')).json()) as {
    project: { name: string };
    role: string;
  };
  expect(session).toMatchObject({ project: { name: 'eu-nl' }, role: 'viewer' });

  await project.click();
  await page.getByRole('option', { name: 'eu-de · admin' }).click();
  await expect(page.getByTestId('session-role')).toHaveText('admin');
  await expect(page.getByRole('link', { name: 'Audit trail' })).toBeVisible();
});
