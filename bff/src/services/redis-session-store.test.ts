import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StateUnavailableError } from '../errors.js';
import { createLogger } from '../logger.js';
import { connectRedis } from '../redis/redis-connection.js';
import { hashedId } from '../redis/sealed.js';
import { eventually, within } from '../test-support/eventually.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { RedisSessionStore, sessionKey } from './redis-session-store.js';
import type { Session } from './session-store.js';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const HOUR = 3_600_000;
const logger = createLogger('silent');
const session = (expiresAt: number, token = 'MIItoken-secret-value'): Session => ({
  token,
  projectId: 'p',
  projectName: 'eu-de',
  user: 'alice.the.user',
  domain: 'd',
  expiresAt,
});

describe('RedisSessionStore against a real redis-server', () => {
  let server: RedisServer;
  let raw: Redis;
  const opened: { store: RedisSessionStore; redis: Redis }[] = [];
  const open = (o: { idleMs?: number; secret?: string; now?: () => number; url?: string } = {}) => {
    const redis = connectRedis(o.url ?? server.url, logger, 'test');
    const store = new RedisSessionStore({
      redis,
      secret: o.secret ?? SECRET,
      ...(o.idleMs ? { idleMs: o.idleMs } : {}),
      ...(o.now ? { now: o.now } : {}),
    });
    opened.push({ store, redis });
    return store;
  };

  beforeAll(async () => {
    server = await startRedis();
    raw = connectRedis(server.url, logger, 'test-raw');
  });
  afterEach(async () => {
    for (const { store, redis } of opened.splice(0)) {
      await store.close();
      redis.disconnect();
    }
  });
  afterAll(async () => {
    raw?.disconnect();
    await server?.kill();
  });

  it('shares a session between two replicas; a delete on one ends it on the other', async () => {
    const a = open();
    const b = open();
    const s = session(Date.now() + HOUR);
    const id = await a.create(s);
    expect(await b.get(id)).toEqual(s);
    expect(b.cached(id)).toEqual(s);
    await b.listening;
    const endedOnB = new Promise<string>((resolve) => b.onEnded(resolve));
    await a.delete(id);
    expect(await within(endedOnB, 5000, 'ended event on replica B')).toBe(id);
    expect(b.cached(id)).toBeUndefined();
    expect(await b.get(id)).toBeUndefined();
    expect(await b.touch(id)).toBe(false);
  });

  it('stores no token, user name or session id in clear, under a hashed key', async () => {
    const store = open();
    const id = await store.create(session(Date.now() + HOUR));
    const keys = await raw.keys('mac:*');
    expect(keys).toContain(sessionKey(hashedId(id)));
    expect(keys.join(' ')).not.toContain(id);
    const stored = await raw.hgetallBuffer(sessionKey(hashedId(id)));
    const bytes = Buffer.concat(Object.values(stored)).toString('latin1');
    for (const secret of ['MIItoken-secret-value', 'alice.the.user', id]) {
      expect(bytes).not.toContain(secret);
    }
  });

  it('reads a value sealed under another secret, or tampered, as no session', async () => {
    const id = await open().create(session(Date.now() + HOUR));
    expect(await open({ secret: 'another-secret-of-at-least-32-characters!' }).get(id)).toBe(
      undefined,
    );
    const key = sessionKey(hashedId(id));
    const v = (await raw.hgetBuffer(key, 'v'))!;
    v[v.length - 1] = (v[v.length - 1] ?? 0) ^ 1;
    await raw.hset(key, 'v', v);
    expect(await open().get(id)).toBeUndefined();
  });

  it('sets the TTL to the idle timeout, capped by the token expiry; touch re-arms it', async () => {
    const store = open({ idleMs: 60_000 });
    const id = await store.create(session(Date.now() + HOUR));
    const key = sessionKey(hashedId(id));
    expect(await raw.pttl(key)).toBeGreaterThan(50_000);
    expect(await raw.pttl(key)).toBeLessThanOrEqual(60_000);
    await raw.pexpire(key, 5000);
    expect(await store.touch(id)).toBe(true);
    expect(await raw.pttl(key)).toBeGreaterThan(50_000);

    const short = await store.create(session(Date.now() + 3000));
    await store.touch(short);
    expect(await raw.pttl(sessionKey(hashedId(short)))).toBeLessThanOrEqual(3000);
  });

  it('ends an idle session by its TTL, and a session at its token expiry', async () => {
    const idle = open({ idleMs: 300 });
    const id = await idle.create(session(Date.now() + HOUR));
    await eventually(async () => (await idle.get(id)) === undefined, 10_000, 'idle expiry');
    expect(await idle.touch(id)).toBe(false);

    let now = Date.now();
    const clocked = open({ idleMs: 60_000, now: () => now });
    const s = await clocked.create(session(now + HOUR));
    expect(await clocked.get(s)).toBeDefined();
    now += HOUR;
    expect(clocked.cached(s)).toBeUndefined();
    expect(await clocked.get(s)).toBeUndefined();
    expect(await clocked.touch(s)).toBe(false);
  });

  it('answers StateUnavailableError while Redis is down, and works again after it restarts', async () => {
    const own = await startRedis();
    try {
      const store = open({ url: own.url });
      const id = await store.create(session(Date.now() + HOUR));
      await own.stop();
      for (const call of [
        () => store.get(id),
        () => store.touch(id),
        () => store.delete(id),
        () => store.create(session(Date.now() + HOUR)),
      ]) {
        await expect(call()).rejects.toBeInstanceOf(StateUnavailableError);
      }
      await own.start();
      let again = '';
      await eventually(
        async () => {
          again = await store.create(session(Date.now() + HOUR));
          return true;
        },
        15_000,
        'a create after the restart',
      );
      expect((await store.get(again))?.user).toBe('alice.the.user');
    } finally {
      await own.kill();
    }
  });
});
