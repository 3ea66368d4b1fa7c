import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { logIn } from './support/console.js';
import { createV2Job } from './support/v2-api-jobs.js';

const CSRF = { 'X-Requested-With': 'modelarts-console' };
/** Which API each job comes from, oldest first: uneven runs, so pages are not a plain zip. */
const PATTERN = '112122211121221212211122122121';

interface Created {
  api: 'v1' | 'v2';
  name: string;
  id: string;
  createTime: number;
}

/** A v1 job without a version (nothing runs), created through the console's API. */
async function createV1(page: Page, name: string): Promise<Created> {
  const res = await page.request.post('/api/v1/training-jobs', {
    headers: CSRF,
    data: {
      job_name: name,
      config: {
        create_version: false,
        worker_server_num: 1,
        app_url: '/test-modelarts/mnist-tensorflow-code/',
        boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
        engine_id: 4,
        flavor: { code: 'modelarts.vm.cpu.8u' },
        data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
        train_url: '/test-modelarts/mnist-model/output/',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { job_id: number; create_time: number };
  return { api: 'v1', name, id: String(body.job_id), createTime: body.create_time };
}

/** A v2 job that ends at once (one short step). */
async function createV2(page: Page, name: string): Promise<Created> {
  const { id, createTime } = await createV2Job(page, name);
  return { api: 'v2', name, id, createTime };
}

/** axe-core over the page: no serious or critical violation (all of them attached). */
async function expectAccessible(page: Page, testInfo: TestInfo, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe-${what}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(bad, what).toEqual([]);
}

async function shownNames(page: Page): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Training jobs' }).locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector('a')?.textContent?.trim() ?? ''),
  );
}

async function expectPage(page: Page, names: string[]): Promise<void> {
  await expect.poll(() => shownNames(page)).toEqual(names);
}

test('"All" pages one newest-first order over v1 and v2: 10, 10, 10 rows, nothing twice', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const prefix = `pg${Date.now() % 1_000_000}`;
  const jobs: Created[] = [];
  // one at a time, so that creation times follow the pattern
  for (const [k, api] of [...PATTERN].entries()) {
    const name = `${prefix}_${String(k).padStart(2, '0')}_v${api}`;
    jobs.push(api === '1' ? await createV1(page, name) : await createV2(page, name));
  }
  const newestFirst = [...jobs].reverse();
  // the servers' creation times follow the order of creation
  expect([...newestFirst].sort((a, b) => b.createTime - a.createTime)).toEqual(newestFirst);
  const names = newestFirst.map((j) => j.name);

  await page.goto(`/jobs?q=${prefix}`);
  await expect(page.getByTestId('job-count')).toHaveText('30 jobs');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByRole('button', { name: 'Page 3' })).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Page 4' })).toHaveCount(0);
  await expectPage(page, names.slice(0, 10));
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expectPage(page, names.slice(10, 20));
  await pages.getByRole('button', { name: 'Page 3' }).click();
  await expectPage(page, names.slice(20, 30));
  await page.screenshot({ path: testInfo.outputPath('job-list-all-page-3.png'), fullPage: true });

  // the URL holds the page: reload and back keep it exact
  await page.reload();
  await expectPage(page, names.slice(20, 30));
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expectPage(page, names.slice(10, 20));

  // sorting by a column title and a time range go to the URL and page the same way
  await page.getByRole('button', { name: /^Sort by created/ }).click();
  await expect(page).toHaveURL(/[?&]order=asc/);
  await expectPage(page, [...names].reverse().slice(0, 10));
  await page.getByRole('combobox', { name: 'Created', exact: true }).click();
  await page.getByRole('option', { name: 'Last hour' }).click();
  await expect(page).toHaveURL(/[?&]range=hour/);
  await expect(page.getByTestId('job-count')).toHaveText('30 jobs');
  await expectPage(page, [...names].reverse().slice(0, 10));
  // v1 and v2 rows of several statuses on screen
  await expectAccessible(page, testInfo, 'job-list-with-rows');

  // clean up: other journeys share this emulator
  for (const job of jobs) {
    const res = await page.request.delete(`/api/${job.api}/training-jobs/${job.id}`, {
      headers: CSRF,
    });
    expect(res.ok()).toBe(true);
  }
});

test('the job list page has no serious or critical accessibility violation', async ({
  page,
}, testInfo) => {
  await logIn(page);
  await expect(page.getByTestId('job-count')).toBeVisible();
  await expectAccessible(page, testInfo, 'job-list');
  await page.getByRole('combobox', { name: 'Created', exact: true }).click();
  await page.getByRole('option', { name: 'Between…' }).click();
  await expect(page.getByLabel('From', { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('job-list-custom-range.png') });
  await expectAccessible(page, testInfo, 'job-list-custom-range');
});
