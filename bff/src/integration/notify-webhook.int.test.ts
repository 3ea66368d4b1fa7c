import { writeObsFile } from '@console/emulator/testing';
import { JobNotificationSchema, type JobNotification } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOOT,
  createV1,
  notifyConfig,
  ORIGIN,
  CODE,
  SCRIPT,
} from '../test-support/notify-fixtures.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.js';

const byJob = (all: unknown[], id: string) =>
  all.map((b) => JobNotificationSchema.parse(b)).filter((n) => n.job.id === id);

describe('job notifications to a webhook, against a real emulator', () => {
  let s: Stack;
  let cookie: string;
  let receiver: WebhookReceiver;
  const jobs: string[] = [];

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    s = await startStack(100, notifyConfig(receiver));
    writeObsFile(s.emulator.dataDir, BOOT, SCRIPT);
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
    await receiver?.close();
  });

  it('v1: one notification with status, duration, the last 20 log lines and the job link', async () => {
    const job = await createV1(s.base, cookie, 'notify_v1');
    jobs.push(String(job.job_id));
    const [n] = (await receiver.waitForAccepted(1)) as JobNotification[];
    const parsed = JobNotificationSchema.parse(n);
    expect(parsed).toMatchObject({
      event: 'job.finished',
      job: { id: String(job.job_id), name: 'notify_v1', api: 'v1', version: 'V0001' },
      status: 'Completed',
      link: `${ORIGIN}/jobs/v1/${job.job_id}/versions/${job.version_id}`,
    });
    expect(parsed.log_tail).toHaveLength(20);
    expect(parsed.log_tail.some((l) => l.includes('step 30 of 30'))).toBe(true);
    expect(parsed.duration_seconds).toBeGreaterThanOrEqual(0);
    // reading the finished job again (its page, the list) sends nothing more
    const detail = `${s.base}/api/v1/training-jobs/${job.job_id}/versions/${job.version_id}`;
    for (let i = 0; i < 3; i += 1) {
      expect((await fetch(detail, { headers: { cookie } })).status).toBe(200);
      await fetch(`${s.base}/api/v1/training-jobs?per_page=10`, { headers: { cookie } });
    }
    await s.app.notifier?.poll();
    for (const t of await s.tokens()) expect(JSON.stringify(receiver.accepted)).not.toContain(t);
  }, 60_000);

  it('v2: one notification per job, seen from its creation', async () => {
    const res = await fetch(`${s.base}/api/v2/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        kind: 'job',
        metadata: { name: 'notify_v2' },
        algorithm: {
          code_dir: CODE,
          boot_file: BOOT,
          engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
      }),
    });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { metadata: { id: string } }).metadata.id;
    jobs.push(id);
    await receiver.waitForAccepted(2);
    const [n] = byJob(receiver.accepted, id);
    expect(n).toMatchObject({
      job: { id, name: 'notify_v2', api: 'v2', version: null },
      status: 'Completed',
      link: `${ORIGIN}/jobs/v2/${id}`,
    });
    expect(n?.log_tail.some((l) => l.includes('step 30 of 30'))).toBe(true);
  }, 60_000);

  it('retries after the receiver answers 500, and delivers once', async () => {
    const before = receiver.received;
    receiver.failNext(2, 500);
    const job = await createV1(s.base, cookie, 'notify_retry');
    jobs.push(String(job.job_id));
    await receiver.waitForAccepted(3);
    expect(receiver.received - before).toBe(3);
    expect(byJob(receiver.accepted, String(job.job_id))).toHaveLength(1);
  }, 60_000);

  it('sent exactly one notification per finished job', async () => {
    // a last job: a duplicate of an earlier one would have arrived before its notification
    const job = await createV1(s.base, cookie, 'notify_last');
    jobs.push(String(job.job_id));
    await receiver.waitForAccepted(4);
    for (const id of jobs) expect(byJob(receiver.accepted, id)).toHaveLength(1);
    expect(receiver.accepted).toHaveLength(jobs.length);
  }, 60_000);
});
