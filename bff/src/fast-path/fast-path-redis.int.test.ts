import fs from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { startTwinApp, type TwinApp } from '../test-support/twin-app.js';
import { rawGet } from '../test-support/twin-servers.js';

const PATH = '/api/v1/job/resource-specs';

describe('the fast path with sessions in Redis (REDIS_URL)', () => {
  let redis: RedisServer;
  let t: TwinApp;
  let cookie: string;

  beforeAll(async () => {
    redis = await startRedis();
    t = await startTwinApp({
      redis: { url: redis.url, sessionSecret: 's'.repeat(32), replicaId: 'fast-path-test' },
    });
    cookie = await t.login();
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    fs.rmSync(redis.dir, { recursive: true, force: true });
  });

  it('reads the session from Redis; a sign-out through Express ends it for the fast path', async () => {
    expect((await t.both(PATH, { cookie })).status).toBe(200);
    await request(t.c.app)
      .delete('/api/session')
      .set('cookie', cookie)
      .set('X-Requested-With', 'modelarts-console')
      .expect(204);
    const after = await t.both(PATH, { cookie });
    expect(after.status).toBe(401);
  });

  it('Redis stopped: the same 503 Console.0530 with Retry-After on both paths', async () => {
    const live = await t.login();
    await redis.stop();
    const viaFast = await t.both(PATH, { cookie: live });
    expect(viaFast.status).toBe(503);
    expect(JSON.parse(viaFast.body.toString()).error_code).toBe('Console.0530');
    expect(viaFast.headers['retry-after']).toBeDefined();
    expect((await rawGet(t.twins.fast, PATH, { cookie: live })).status).toBe(503);
  });
});
