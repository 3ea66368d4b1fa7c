import { jobLogStreamPaths } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisSessionStore } from '../services/redis-session-store.js';
import { FakeV1JobLogs } from '../test-support/fake-job-logs.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { readEvents } from '../test-support/sse-client.js';
import { testConfig } from '../test-support/test-config.js';

const FILES = ['job-r.0', 'job-r.1', 'job-r.2', 'job-r.3'];

describe('a job stream over two replicas (shared Redis tail)', () => {
  let redis: RedisServer;
  const replicas: ListeningApp[] = [];
  const client = new FakeV1JobLogs();

  beforeAll(async () => {
    redis = await startRedis();
    const config = testConfig({
      heartbeatMs: 100,
      logPollIntervalMs: 30,
      redis: { url: redis.url, sessionSecret: 'x'.repeat(40), replicaId: 'test' },
    });
    for (let i = 0; i < 2; i++) {
      replicas.push(await listeningApp({ config, modelArtsLogs: client }));
    }
    for (const r of replicas) await (r.c.sessions as RedisSessionStore).listening;
  });
  afterAll(async () => {
    for (const r of replicas) await r.stop();
    await redis?.kill();
  });

  it('dropped on replica A, resumed on replica B: every worker exact', async () => {
    const [a, b] = replicas as [ListeningApp, ListeningApp];
    for (const f of FILES) client.file(f).print(200, f);
    const cookie = await a.login('rita');
    const path = jobLogStreamPaths.v1(5, 6, FILES);
    const got = new Map<string, string[]>();
    const take = (data: string) => {
      const { worker, lines } = JSON.parse(data) as { worker: string; lines: string[] };
      got.set(worker, [...(got.get(worker) ?? []), ...lines]);
    };
    let lastId = '';
    let seen = 0;
    await readEvents(`${a.base}${path}`, { cookie }, (e) => {
      if (e.event !== 'log') return false;
      take(e.data);
      lastId = e.id ?? '';
      seen += 1;
      return seen === 2; // two of the four workers' first pages
    });
    for (const f of FILES) client.file(f).print(100, f);
    setTimeout(() => {
      client.status = 10; // completed: the stream ends once every log is drained
    }, 300);
    let ended = false;
    await readEvents(`${b.base}${path}`, { cookie, 'Last-Event-ID': lastId }, (e) => {
      if (e.event === 'log') take(e.data);
      if (e.event === 'error') throw new Error(e.data);
      ended ||= e.event === 'end';
    });
    expect(ended).toBe(true);
    for (const f of FILES)
      expect(got.get(f), f).toEqual(Array.from({ length: 300 }, (_, k) => `${f} ${k + 1}`));
  });
});
