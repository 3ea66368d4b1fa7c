import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  deleteJobs,
  makeSearchJob,
  makeV1Job,
  makeV2Job,
  type MadeJob,
} from './support/a11y-jobs.js';
import { logIn } from './support/console.js';
import { DEMO } from './support/env.js';
import { dataTexts, sampleObsNames, untranslatedWords, visibleTexts } from './support/zh-walk.js';

/**
 * Issue 12: "the UI in zh-CN has no English string left (a test walks every page)". A browser whose
 * language is Simplified Chinese (navigator.languages, no choice stored: the console follows the
 * browser) walks every page and fails on any Latin-letter word that is not an allowed name, unit,
 * API name, path or a name the test made (support/zh-walk.ts).
 *
 * The pages are data: each names who translates it (A: frame, list, configurations, files, audit,
 * sign-in; B: the create forms; C: the job pages and shared components). Pick pages with
 * ZH_PAGES=job-list,configs or by translator with ZH_OWNERS=A (a page runs when all its owners
 * are picked); without either, every page runs.
 */
type Owner = 'A' | 'B' | 'C';

interface Made {
  prefix: string;
  v1: MadeJob;
  v2: MadeJob;
  search: MadeJob;
  config: string;
}

interface ZhPage {
  name: string;
  owners: Owner[];
  href: (made: Made) => string;
  /** Waits until the page shows what it is for; may open a tab or a dialog. */
  ready: (page: Page, made: Made) => Promise<void>;
}

const heading = (page: Page, name: string | RegExp) =>
  expect(page.getByRole('heading', { name, exact: typeof name === 'string' })).toBeVisible();
// a status badge still in English is reported by the walk, not a wait that times out
const DONE = /已完成|Completed/;
const DONE_OR_RUNNING = /已完成|运行中|Completed|Running/;
const noLoaders = (page: Page) => expect(page.getByText(/正在加载|Loading/)).toHaveCount(0);

const PAGES: ZhPage[] = [
  {
    name: 'job-list',
    owners: ['A'],
    href: (m) => `/jobs?q=${m.prefix}`,
    ready: async (page) => {
      await expect(page.getByTestId('job-count')).toHaveText('3 个作业');
    },
  },
  {
    name: 'shortcuts',
    owners: ['A'],
    href: () => '/jobs',
    ready: async (page) => {
      await expect(page.getByTestId('job-count')).toBeVisible();
      await expect(page.locator('html[data-shortcuts="ready"]')).toHaveCount(1);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
    },
  },
  {
    name: 'configs',
    owners: ['A'],
    href: () => '/configs',
    ready: async (page, m) => {
      await heading(page, '训练作业参数配置');
      await expect(page.getByRole('link', { name: m.config, exact: true })).toBeVisible();
    },
  },
  {
    name: 'config-detail',
    owners: ['A'],
    href: (m) => `/configs/${m.config}`,
    ready: async (page, m) => {
      await heading(page, m.config);
      await expect(page.getByRole('region', { name: '参数配置详情' })).toBeVisible();
    },
  },
  {
    name: 'obs-browser',
    owners: ['A', 'C'],
    href: () => '/obs?path=%2Ftest-modelarts%2F',
    ready: async (page) => {
      await heading(page, '文件');
      await noLoaders(page);
    },
  },
  {
    name: 'audit',
    owners: ['A', 'C'],
    href: () => '/audit',
    ready: async (page) => {
      await heading(page, '审计日志');
      await noLoaders(page);
    },
  },
  {
    name: 'not-found',
    owners: ['A'],
    href: () => '/no-such-page',
    ready: (page) => heading(page, '页面不存在'),
  },
  {
    name: 'create-v1',
    owners: ['B', 'C'],
    href: () => '/jobs/create',
    ready: async (page) => {
      await heading(page, '创建训练作业');
      await expect(page.getByRole('radio').first()).toBeVisible();
    },
  },
  {
    name: 'v1-new-version',
    owners: ['B', 'C'],
    href: (m) => `${m.v1.href}/new-version`,
    ready: async (page) => {
      await heading(page, '新建版本');
      await expect(page.getByRole('radio').first()).toBeVisible();
    },
  },
  {
    name: 'config-create',
    owners: ['B', 'C'],
    href: () => '/configs/create',
    ready: async (page) => {
      await heading(page, '创建参数配置');
      await expect(page.getByRole('radio').first()).toBeVisible();
    },
  },
  {
    name: 'create-v2',
    owners: ['B', 'C'],
    href: () => '/jobs/v2/create',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await noLoaders(page);
    },
  },
  {
    name: 'create-autosearch',
    owners: ['B', 'C'],
    href: () => '/jobs/v2/create',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const search = page.getByRole('region', { name: /Hyperparameter search|超参/ });
      await search.getByRole('switch').check();
      await noLoaders(page);
    },
  },
  {
    name: 'v1-job-overview',
    owners: ['C'],
    href: (m) => m.v1.href,
    ready: async (page, m) => {
      await heading(page, `${m.prefix}_v1`);
      await expect(page.getByTestId('job-status')).toHaveText(DONE_OR_RUNNING, { timeout: 60_000 });
    },
  },
  {
    name: 'v1-job-versions',
    owners: ['C'],
    href: (m) => m.v1.href,
    ready: async (page, m) => {
      await heading(page, `${m.prefix}_v1`);
      await page.getByRole('tab').nth(1).click();
      await noLoaders(page);
    },
  },
  {
    name: 'v2-job',
    owners: ['C'],
    href: (m) => m.v2.href,
    ready: async (page, m) => {
      await heading(page, `${m.prefix}_v2`);
      await expect(page.getByTestId('job-status')).toHaveText(DONE, { timeout: 60_000 });
    },
  },
  {
    name: 'search-job',
    owners: ['C', 'B'],
    href: (m) => m.search.href,
    ready: async (page, m) => {
      await heading(page, `${m.prefix}_search`);
      await expect(page.getByTestId('job-status')).toHaveText(DONE, { timeout: 90_000 });
    },
  },
];

const list = (value: string | undefined) => value?.split(',').filter(Boolean) ?? [];
const pickedPages = list(process.env.ZH_PAGES);
const pickedOwners = list(process.env.ZH_OWNERS);
const picked = (p: { name: string; owners: Owner[] }) =>
  (pickedPages.length === 0 || pickedPages.includes(p.name)) &&
  (pickedOwners.length === 0 || p.owners.every((o) => pickedOwners.includes(o)));

/** A page of a Chinese browser with nothing stored: the console must follow the browser. */
async function chineseBrowser(browser: Browser) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  return { context, page: await context.newPage() };
}

async function logInInChinese(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('账号名').fill(DEMO.domain);
  await page.getByLabel('用户名').fill(DEMO.username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO.password);
  await page.getByLabel('项目').fill(DEMO.project);
  await page.getByRole('button', { name: '登录' }).click();
  await heading(page, '训练作业');
}

async function expectChinese(page: Page, names: readonly string[], shot: string) {
  await page.screenshot({ path: shot, fullPage: true });
  const data = await dataTexts(page);
  const words = untranslatedWords(await visibleTexts(page), [...names, ...data], OBS_NAMES);
  expect(words, `English left on the page (screenshot ${shot})`).toEqual([]);
}

const OBS_NAMES = sampleObsNames();
const DEMO_NAMES = [DEMO.domain, DEMO.username, DEMO.project];
/**
 * What the emulator's catalog and the sample jobs name in their own words — a flavor's name, the
 * metrics and hyperparameters the sample scripts report and take — shown as sent, like job names.
 */
const SAMPLE_DATA_NAMES = ['Computing CPU(8U) instance', 'acc', 'steps', 'epochs', 'completed'];

test.describe('zh-CN: every page in Chinese', () => {
  // not serial: a page with English left does not hide the others (a failed test restarts the
  // worker, and this setup runs again for the pages after it)
  let session: Awaited<ReturnType<typeof chineseBrowser>>;
  let made: Made;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    session = await chineseBrowser(browser);
    await logInInChinese(session.page);
    const prefix = `zh${Date.now() % 100000}`;
    const [v1, v2, search] = [
      await makeV1Job(session.page, `${prefix}_v1`),
      await makeV2Job(session.page, `${prefix}_v2`),
      await makeSearchJob(session.page, `${prefix}_search`),
    ];
    const config = `${prefix}_cfg`;
    const res = await session.page.request.post('/api/v1/training-job-configs', {
      headers: { 'X-Requested-With': 'modelarts-console' },
      data: {
        config_name: config,
        config_desc: 'zh walk',
        worker_server_num: 1,
        app_url: '/test-modelarts/mnist-tensorflow-code/',
        boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
        engine_id: 4,
        flavor: { code: 'modelarts.vm.cpu.8u' },
        parameter: [{ label: 'max_steps', value: '2' }],
        data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
        train_url: '/test-modelarts/mnist-model/output/',
      },
    });
    expect(res.ok(), await res.text()).toBe(true);
    made = { prefix, v1, v2, search, config };
  });

  test.afterAll(async () => {
    await deleteJobs(session.page, [made.v1, made.v2, made.search]);
    await session.page.request.delete(`/api/v1/training-job-configs/${made.config}`, {
      headers: { 'X-Requested-With': 'modelarts-console' },
    });
    await session.context.close();
  });

  const login = { name: 'login', owners: ['A'] as Owner[] };
  test(`${login.name} (${login.owners.join('+')})`, async ({ browser }, testInfo) => {
    test.skip(!picked(login), 'not picked (ZH_PAGES / ZH_OWNERS)');
    const { context, page } = await chineseBrowser(browser);
    await page.goto('/login');
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectChinese(page, DEMO_NAMES, testInfo.outputPath('zh-login.png'));
    await context.close();
  });

  for (const stop of PAGES) {
    test(`${stop.name} (${stop.owners.join('+')})`, async () => {
      const testInfo = test.info();
      test.skip(!picked(stop), 'not picked (ZH_PAGES / ZH_OWNERS)');
      const { page } = session;
      await page.goto(stop.href(made));
      await stop.ready(page, made);
      // the names and descriptions the test typed are the user's words
      const names = [
        made.prefix,
        made.config,
        'accessibility walk',
        'zh walk',
        ...DEMO_NAMES,
        ...SAMPLE_DATA_NAMES,
      ];
      await expectChinese(page, names, testInfo.outputPath(`zh-${stop.name}.png`));
    });
  }
});

test.describe('the header switches the language', () => {
  test.use({ locale: 'en-US' });
  const stop = { name: 'language-switch', owners: ['A'] as Owner[] };

  test(`${stop.name} (${stop.owners.join('+')}): Chinese without a reload, kept after one`, async ({
    page,
  }, testInfo) => {
    test.skip(!picked(stop), 'not picked (ZH_PAGES / ZH_OWNERS)');
    await logIn(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // a mark on this document: it is gone if the switch reloads the page
    await page.evaluate(() => Object.assign(window, { zhWalkMark: 1 }));
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await heading(page, '训练作业');
    await expect(page.getByRole('button', { name: '刷新' })).toBeVisible();
    expect(await page.evaluate(() => 'zhWalkMark' in window)).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.screenshot({ path: testInfo.outputPath('zh-switched.png'), fullPage: true });

    await page.reload();
    await heading(page, '训练作业');
    await expect(page.getByTestId('language-switch')).toHaveValue('zh-CN');
    expect(await page.evaluate(() => 'zhWalkMark' in window)).toBe(false);
  });
});
