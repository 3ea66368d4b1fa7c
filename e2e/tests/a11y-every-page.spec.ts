import { expect, test, type Page } from '@playwright/test';
import { logIn, shortcutsReady } from './support/console.js';
import {
  deleteJobs,
  makeSearchJob,
  makeV1Job,
  makeV2Job,
  type MadeJob,
} from './support/a11y-jobs.js';
import { countByPage, seriousViolations, type AxeFinding } from './support/axe.js';

interface Stop {
  name: string;
  href: string;
  /** Waits until the page shows what it is for (rows, a job's status, a form). */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page, name: string) =>
  expect(page.getByRole('heading', { name, exact: true })).toBeVisible();

function stops(v1: MadeJob, v2: MadeJob, search: MadeJob, names: Record<string, string>): Stop[] {
  return [
    {
      name: 'job-list',
      href: `/jobs?q=${names.prefix}`,
      ready: async (page) => {
        await expect(page.getByTestId('job-count')).toHaveText('3 jobs');
      },
    },
    {
      name: 'create-v1',
      href: '/jobs/create',
      ready: async (page) => {
        await heading(page, 'Create training job');
        await expect(page.getByRole('radio').first()).toBeVisible();
      },
    },
    {
      name: 'create-v2',
      href: '/jobs/v2/create',
      ready: async (page) => {
        await heading(page, 'Create v2 training job');
        await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
      },
    },
    {
      name: 'v1-job',
      href: v1.href,
      ready: async (page) => {
        await heading(page, names.v1 ?? '');
        await expect(page.getByTestId('job-status')).toHaveText(/Completed|Running/, {
          timeout: 60_000,
        });
      },
    },
    {
      name: 'v1-new-version',
      href: `${v1.href}/new-version`,
      ready: async (page) => {
        await heading(page, 'New version');
        await expect(page.getByLabel('Boot file', { exact: true })).toBeVisible();
      },
    },
    {
      name: 'v2-job',
      href: v2.href,
      ready: async (page) => {
        await heading(page, names.v2 ?? '');
        await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 60_000 });
      },
    },
    {
      name: 'autosearch-job',
      href: search.href,
      ready: async (page) => {
        await heading(page, names.search ?? '');
        await expect(page.getByTestId('job-status')).toHaveText('Completed', { timeout: 90_000 });
        await expect(page.getByRole('table', { name: 'Trials' }).locator('tbody tr')).toHaveCount(
          2,
        );
      },
    },
    {
      name: 'configs',
      href: '/configs',
      ready: async (page) => {
        await heading(page, 'Configurations');
        await expect(page.getByText(/Loading/)).toHaveCount(0);
      },
    },
    {
      name: 'config-create',
      href: '/configs/create',
      ready: async (page) => {
        await heading(page, 'Create configuration');
        await expect(page.getByLabel('Configuration name', { exact: true })).toBeVisible();
      },
    },
    {
      name: 'obs-browser',
      href: '/obs?path=%2Ftest-modelarts%2F',
      ready: async (page) => {
        await heading(page, 'Files');
        await expect(page.getByRole('button', { name: /^Open folder / }).first()).toBeVisible();
      },
    },
    {
      // admins of the team portal; in the IAM sign-in the page says it is not available
      name: 'audit',
      href: '/audit',
      ready: async (page) => {
        await heading(page, 'Audit trail');
        await expect(page.getByText(/Loading/)).toHaveCount(0);
      },
    },
  ];
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test(`every page has no serious or critical accessibility violation (${colorScheme})`, async ({
      page,
    }, testInfo) => {
      // eleven pages, axe on each, and a search job that runs its trials to the end
      test.setTimeout(300_000);
      const findings: AxeFinding[] = [];
      await page.goto('/login');
      await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
      // the console follows the browser's preference
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      findings.push(...(await seriousViolations(page, testInfo, `${colorScheme}-login`)));

      await logIn(page);
      const prefix = `a11y${colorScheme}${Date.now() % 100000}`;
      const names = { prefix, v1: `${prefix}_v1`, v2: `${prefix}_v2`, search: `${prefix}_search` };
      const jobs = [
        await makeV1Job(page, names.v1),
        await makeV2Job(page, names.v2),
        await makeSearchJob(page, names.search),
      ] as const;
      for (const stop of stops(jobs[0], jobs[1], jobs[2], names)) {
        await page.goto(stop.href);
        await stop.ready(page);
        findings.push(...(await seriousViolations(page, testInfo, `${colorScheme}-${stop.name}`)));
        await page.screenshot({
          path: testInfo.outputPath(`${colorScheme}-${stop.name}.png`),
          fullPage: true,
        });
      }
      // the shortcuts list, over the job list
      await page.goto('/jobs');
      await expect(page.getByTestId('job-count')).toBeVisible();
      await shortcutsReady(page);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      findings.push(...(await seriousViolations(page, testInfo, `${colorScheme}-shortcuts`)));
      console.log(`axe ${colorScheme}: ${JSON.stringify(countByPage(findings))}`);
      await deleteJobs(page, jobs);
      expect(findings).toEqual([]);
    });
  });
}
