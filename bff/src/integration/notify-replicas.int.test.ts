import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeObsFile } from '@console/emulator/testing';
import { JobNotificationSchema } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ConsoleApp } from '../app.js';
import type { Config } from '../config.js';
import { BOOT, createV1, notifyConfig, SCRIPT } from '../test-support/notify-fixtures.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { startStack, type Stack } from '../test-support/stack.js';
import { testConfig } from '../test-support/test-config.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.js';

const SECRET = 'notify-test-session-secret-0123456789abcdef';

describe('two BFF replicas watching the same jobs (REDIS_URL): one notification per job', () => {
  let redis: RedisServer;
  let receiver: WebhookReceiver;
  let a: Stack;
  let b: ConsoleApp;
  let bServer: Server;
  let bBase: string;
  let cookie: string;

  const replica = (id: string): Partial<Config> => ({
    ...notifyConfig(receiver),
    redis: { url: redis.url, sessionSecret: SECRET, replicaId: id },
  });

  beforeAll(async () => {
    redis = await startRedis();
    receiver = await startWebhookReceiver();
    a = await startStack(100, replica('a'));
    writeObsFile(a.emulator.dataDir, BOOT, SCRIPT);
    b = createApp({
      config: testConfig({
        ...replica('b'),
        iamEndpoint: a.emulator.url,
        modelartsEndpoint: a.emulator.url,
      }),
    });
    bServer = await new Promise((resolve) => {
      const srv = b.app.listen(0, '127.0.0.1', () => resolve(srv));
    });
    bBase = `http://127.0.0.1:${(bServer.address() as AddressInfo).port}`;
    cookie = await a.login();
  }, 60_000);
  afterAll(async () => {
    await b?.dispose();
    bServer?.closeAllConnections();
    await new Promise((r) => bServer?.close(r));
    await a?.stop();
    await receiver?.close();
    await redis?.stop();
    if (redis) fs.rmSync(redis.dir, { recursive: true, force: true });
  });

  it('both replicas watch each running job; the receiver gets each finished job once', async () => {
    const ids: string[] = [];
    for (const name of ['notify_rep_1', 'notify_rep_2', 'notify_rep_3']) {
      const job = await createV1(a.base, cookie, name);
      ids.push(String(job.job_id));
      // the job's page open on replica B too, while it runs
      const detail = `/api/v1/training-jobs/${job.job_id}/versions/${job.version_id}`;
      expect((await fetch(`${bBase}${detail}`, { headers: { cookie } })).status).toBe(200);
    }
    expect(a.app.notifier?.watching()).toBeGreaterThan(0);
    expect(b.notifier?.watching()).toBeGreaterThan(0);

    await receiver.waitForAccepted(3);
    // a fourth job: a duplicate from either replica would have arrived before its notification
    const last = await createV1(a.base, cookie, 'notify_rep_last');
    ids.push(String(last.job_id));
    await receiver.waitForAccepted(4);
    const got = receiver.accepted.map((n) => JobNotificationSchema.parse(n).job.id);
    expect(got.sort()).toEqual([...ids].sort());
    expect(receiver.received).toBe(4);
  }, 90_000);
});
