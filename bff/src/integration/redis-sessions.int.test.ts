import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import { ANA, startReplicas, type Replicas } from '../test-support/replica-stack.js';

const sessionIdOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1);

/** Every key under mac:* with its stored bytes (strings and hashes, as the console writes them). */
async function dumpRedis(url: string): Promise<{ keys: string[]; bytes: string }> {
  const raw = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await raw.connect();
  try {
    const keys = await raw.keys('mac:*');
    const parts: Buffer[] = [];
    for (const key of keys) {
      const type = await raw.type(key);
      if (type === 'string') parts.push((await raw.getBuffer(key)) ?? Buffer.alloc(0));
      else if (type === 'hash') {
        for (const [f, v] of Object.entries(await raw.hgetallBuffer(key))) {
          parts.push(Buffer.from(f), v);
        }
      } else parts.push((await raw.dumpBuffer(key)) ?? Buffer.alloc(0));
    }
    return { keys, bytes: keys.join('\n') + Buffer.concat(parts).toString('latin1') };
  } finally {
    raw.disconnect();
  }
}

describe('two BFF processes sharing one real redis-server (REDIS_URL)', () => {
  let r: Replicas;
  const cookies: string[] = [];

  beforeAll(async () => {
    r = await startReplicas(2);
  }, 90_000);
  afterAll(async () => {
    await r?.stop();
  });

  it('a session signed in on A works on B; signed out on B, A refuses it at once', async () => {
    const a = await r.signIn(0);
    expect(a.status).toBe(200);
    cookies.push(a.cookie);
    expect((await r.jobs(1, a.cookie)).status).toBe(200);
    expect((await r.call(1, 'GET', '/api/session', { cookie: a.cookie })).body).toMatchObject({
      user: ANA.username,
    });
    expect((await r.jobs(0, a.cookie)).status).toBe(200);

    expect((await r.call(1, 'DELETE', '/api/session', { cookie: a.cookie })).status).toBe(204);
    const refused = await r.jobs(0, a.cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.error_code).toBe('Console.0401');
    expect((await r.call(1, 'GET', '/api/session', { cookie: a.cookie })).status).toBe(401);
  });

  it('a replica started again (new process, same Redis and secret) still knows the session', async () => {
    const s = await r.signIn(0);
    expect(s.status).toBe(200);
    cookies.push(s.cookie);
    await r.restart(0);
    expect((await r.jobs(0, s.cookie)).status).toBe(200);
    expect((await r.jobs(1, s.cookie)).status).toBe(200);
  });

  it('counts failed sign-ins over both replicas: the 11th for one user is refused (429)', async () => {
    const who = { username: 'nobody.here', password: 'wrong-password-1' };
    for (let n = 0; n < 10; n++) {
      const res = await r.signIn(n % 2, who);
      expect(res.status, `attempt ${n + 1} on replica ${n % 2}`).toBe(401);
    }
    const eleventh = await r.signIn(1, who);
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.retryAfter)).toBeGreaterThan(0);
    expect((await r.signIn(0, who)).status).toBe(429);
    // another user is not affected
    expect((await r.signIn(1)).status).toBe(200);
  });

  it('keeps no token, password or session id in clear in Redis, and no raw id as a key', async () => {
    const s = await r.signIn(1);
    cookies.push(s.cookie);
    const tokens = (
      (await (await fetch(`${r.emulator.url}/__control/tokens`)).json()) as {
        tokens: { token: string }[];
      }
    ).tokens.map((t) => t.token);
    expect(tokens.length).toBeGreaterThan(0);
    const { keys, bytes } = await dumpRedis(r.redis.url);
    expect(keys.some((k) => k.startsWith('mac:sess:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('mac:login-user'))).toBe(true);
    for (const secret of [
      ...tokens,
      ANA.password,
      'wrong-password-1',
      ...cookies.map(sessionIdOf),
    ]) {
      expect(bytes.includes(secret), 'a secret in clear in Redis').toBe(false);
    }
    expect(bytes).not.toContain(ANA.username);
  });

  it('Redis unresponsive (CLIENT PAUSE): 503 Console.0530 meanwhile, the session survives', async () => {
    const s = await r.signIn(0);
    expect(s.status).toBe(200);
    const admin = new Redis(r.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await admin.connect();
    await admin.call('CLIENT', 'PAUSE', '8000', 'ALL');
    admin.disconnect();
    const during = await r.jobs(1, s.cookie);
    expect(during.status).toBe(503);
    expect(during.body.error_code).toBe('Console.0530');
    expect(during.headers.get('retry-after')).toBeTruthy();
    await eventually(async () => (await r.jobs(1, s.cookie)).status === 200, 30_000, 'unpause');
    expect((await r.jobs(0, s.cookie)).status).toBe(200);
    expect(r.alive(0) && r.alive(1)).toBe(true);
  }, 60_000);

  it('Redis stopped: 503 Console.0530 with Retry-After, no 500; back by itself after a start', async () => {
    const s = await r.signIn(1);
    expect(s.status).toBe(200);
    await r.redis.stop();
    const outageEnds = Date.now() + 10_000;
    let checks = 0;
    while (Date.now() < outageEnds || checks < 2) {
      for (const i of [0, 1]) {
        const res = await r.jobs(i, s.cookie);
        expect(res.status).toBe(503);
        expect(res.body.error_code).toBe('Console.0530');
        expect(res.headers.get('retry-after')).toBeTruthy();
        const signIn = await r.signIn(i);
        expect(signIn.status).toBe(503);
        expect(signIn.retryAfter).toBeTruthy();
        const ready = await r.call(i, 'GET', '/api/ready');
        expect(ready.status).toBe(503);
        expect(ready.body.checks).toMatchObject({ redis: { ok: false } });
      }
      checks++;
      expect(r.alive(0) && r.alive(1)).toBe(true);
      await new Promise((done) => setTimeout(done, 250));
    }
    await r.redis.start();
    // Nothing was persisted: the old session is gone, a new sign-in works on both replicas.
    let again = '';
    await eventually(
      async () => {
        const res = await r.signIn(0);
        again = res.cookie;
        return res.status === 200;
      },
      30_000,
      'a sign-in after Redis is back',
    );
    // each replica's Redis client reconnects on its own backoff: wait for the other one to be
    // back too (replica 0 signing in says nothing of replica 1's connection)
    await eventually(
      async () => (await r.call(1, 'GET', '/api/ready')).status === 200,
      30_000,
      'replica 1 ready after Redis is back',
    );
    expect((await r.jobs(0, again)).status).toBe(200);
    expect((await r.jobs(1, again)).status).toBe(200);
    expect((await r.jobs(1, s.cookie)).status).toBe(401);
  }, 90_000);
});
