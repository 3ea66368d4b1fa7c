import { expect, test, type Page } from '@playwright/test';
import { JobNotificationSchema, type JobNotification } from '@console/shared';
import { logIn } from '../tests/support/console.js';
import { startNotifyStack, type NotifyStack } from './notify-stack.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const CSRF = { 'X-Requested-With': 'modelarts-console' };
const ENGINE = 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64';
const MNIST = '/test-modelarts/mnist-tensorflow-code/';

interface Made {
  id: string;
  name: string;
  api: 'v1' | 'v2';
  status: string;
  /** The job page's path: the notification's link is the origin + it. */
  path: string;
  /** A line the log's end holds. */
  lastLine: RegExp;
}

async function createV1(page: Page, name: string, fail: boolean): Promise<Made> {
  const code = fail ? '/test-modelarts/failing-code/' : MNIST;
  const res = await page.request.post('/api/v1/training-jobs', {
    headers: CSRF,
    data: {
      job_name: name,
      config: {
        worker_server_num: 1,
        app_url: code,
        boot_file_url: `${code}${fail ? 'train_fail.py' : 'train_mnist_tf.py'}`,
        engine_id: 4,
        flavor: { code: 'modelarts.vm.cpu.8u' },
        parameter: [
          { label: 'max_steps', value: '5' },
          { label: 'step_seconds', value: '0.1' },
        ],
        data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
        train_url: `/test-modelarts/notify-out/${name}/`,
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const { job_id: job, version_id: version } = (await res.json()) as {
    job_id: number;
    version_id: number;
  };
  return {
    id: String(job),
    name,
    api: 'v1',
    status: fail ? 'Failed' : 'Completed',
    path: `/jobs/v1/${job}/versions/${version}`,
    lastLine: fail ? /RuntimeError: dataset at .* is corrupted/ : /step 5\/5/,
  };
}

async function createV2(page: Page, name: string): Promise<Made> {
  const res = await page.request.post('/api/v2/training-jobs', {
    headers: CSRF,
    data: {
      kind: 'job',
      metadata: { name },
      algorithm: {
        code_dir: '/test-modelarts/v2-code/',
        boot_file: '/test-modelarts/v2-code/train_v2.py',
        engine: { engine_id: ENGINE },
        parameters: [
          { name: 'steps', value: '5' },
          { name: 'step_seconds', value: '0.1' },
        ],
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { metadata } = (await res.json()) as { metadata: { id: string } };
  const path = `/jobs/v2/${metadata.id}`;
  return { id: metadata.id, name, api: 'v2', status: 'Completed', path, lastLine: /step 5\/5/ };
}

const parsed = (bodies: unknown[]): JobNotification[] =>
  bodies.map((b) => JobNotificationSchema.parse(b));
const forJob = (bodies: unknown[], job: Made) => parsed(bodies).filter((n) => n.job.id === job.id);

let receiver: WebhookReceiver;
let stack: NotifyStack;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
  stack = await startNotifyStack({
    NOTIFY_WEBHOOK_URL: receiver.url,
    NOTIFY_POLL_MS: '500',
    NOTIFY_RETRY_MS: '100',
  });
});

test.afterAll(async () => {
  await stack?.stop();
  await receiver?.close();
});

test('the webhook receives exactly one notification per finished job, with status, duration, log tail and link', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: stack.origin });
  const page = await context.newPage();
  await logIn(page);
  const stamp = Date.now() % 100000;
  const jobs = [
    await createV1(page, `notify_ok_${stamp}`, false),
    await createV1(page, `notify_fail_${stamp}`, true),
    await createV2(page, `notify_v2_${stamp}`),
  ];
  // the user keeps the list open while the jobs run (it refreshes every 5 s)
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Training jobs' })).toBeVisible();

  await receiver.waitFor((bodies) => jobs.every((j) => forJob(bodies, j).length > 0), 120_000);
  for (const job of jobs) {
    const [n] = forJob(receiver.bodies, job);
    expect(n, job.name).toMatchObject({
      event: 'job.finished',
      job: { id: job.id, name: job.name, api: job.api },
      status: job.status,
      link: `${stack.origin}${job.path}`,
    });
    expect(n!.duration_seconds).toBeGreaterThanOrEqual(0);
    expect(n!.log_tail.length).toBeGreaterThan(0);
    expect(n!.log_tail.length).toBeLessThanOrEqual(20);
    expect(n!.log_tail.join('\n')).toMatch(job.lastLine);
  }

  // the user opens each finished job (each read is another sighting of a job already notified),
  // then a last job finishes: a duplicate of an earlier one would have arrived before its notice
  for (const job of jobs) {
    await page.goto(job.path);
    await expect(page.getByRole('heading', { name: job.name, exact: true })).toBeVisible();
  }
  const last = await createV1(page, `notify_last_${stamp}`, false);
  await receiver.waitFor((bodies) => forJob(bodies, last).length > 0, 120_000);
  for (const job of [...jobs, last]) expect(forJob(receiver.bodies, job), job.name).toHaveLength(1);
  expect(receiver.bodies).toHaveLength(jobs.length + 1);
  await context.close();
});
