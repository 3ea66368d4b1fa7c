import type { EventSourceMessage } from 'eventsource-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisSessionStore } from '../services/redis-session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { within } from '../test-support/eventually.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { until } from '../test-support/recording-sink.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { readEvents } from '../test-support/sse-client.js';
import { testConfig } from '../test-support/test-config.js';

describe('live log streams on one replica, the session ended on another (shared Redis)', () => {
  let redis: RedisServer;
  const replicas: ListeningApp[] = [];
  const client = new FakeLogClient();

  beforeAll(async () => {
    redis = await startRedis();
    client.print(3);
    const config = testConfig({
      heartbeatMs: 100,
      logPollIntervalMs: 50,
      redis: { url: redis.url, sessionSecret: 'x'.repeat(40), replicaId: 'test' },
    });
    for (let i = 0; i < 2; i++) {
      replicas.push(await listeningApp({ config, modelArtsLogs: client }));
    }
    // both replicas hear ended sessions before the test starts
    for (const r of replicas) await (r.c.sessions as RedisSessionStore).listening;
  });
  afterAll(async () => {
    for (const r of replicas) await r.stop();
    await redis?.kill();
  });

  it('a sign-out on replica B ends the stream open on replica A (Console.0401)', async () => {
    const [a, b] = replicas as [ListeningApp, ListeningApp];
    const cookie = await b.login('ann');
    const events: EventSourceMessage[] = [];
    const done = readEvents(`${a.base}/api/logs/v1/1/2?log_file=job-a.0`, { cookie }, (e) => {
      events.push(e);
    });
    await until(() => events.some((e) => e.event === 'log'), 10_000);
    expect(a.c.streams.count(cookie.slice(cookie.indexOf('=') + 1))).toBe(1);

    const out = await request(b.c.app)
      .delete('/api/session')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'modelarts-console');
    expect(out.status).toBe(204);
    await within(done, 10_000, 'the end of the stream on replica A');
    expect(events.at(-1)?.event).toBe('error');
    expect(JSON.parse(events.at(-1)?.data ?? '{}')).toMatchObject({ error_code: 'Console.0401' });
    expect((await request(a.c.app).get('/api/session').set('Cookie', cookie)).status).toBe(401);
  });
});
