import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateUnavailableError } from '../errors.js';
import { createLogger } from '../logger.js';
import { connectRedis } from '../redis/redis-connection.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { LoginLimited, LoginLimiter, type Outcome } from './login-limiter.js';

const wrong = async (): Promise<Outcome<string>> => ({
  ok: false,
  error: new Error('bad credentials'),
  counts: true,
});
const attempt = (username: string, ip = '10.0.0.1') => ({ domain: 'd', username, ip });

describe('LoginLimiter in Redis (two replicas, one real redis-server)', () => {
  let server: RedisServer;
  const conns: Redis[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const c of conns) c.disconnect();
    await server?.kill();
  });
  const replica = () => {
    const redis = connectRedis(server.url, createLogger('silent'), 'limiter-test');
    conns.push(redis);
    return new LoginLimiter({ perUser: 3, perIp: 100 }, redis);
  };

  it('counts failures on both replicas together, under hashed keys', async () => {
    const [a, b] = [replica(), replica()];
    for (const l of [a, b, a]) {
      await expect(l.run(attempt('Eve.Smith'), wrong)).rejects.toThrow('bad credentials');
    }
    await expect(b.run(attempt('eve.smith'), wrong)).rejects.toBeInstanceOf(LoginLimited);
    const keys = await conns[0]!.keys('mac:login-*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ').toLowerCase()).not.toContain('eve');
    expect(keys.join(' ')).not.toContain('10.0.0.1');
  });

  it('refuses a sign-in with StateUnavailableError while Redis is down (never lets it by)', async () => {
    const own = await startRedis();
    const redis = connectRedis(own.url, createLogger('silent'), 'limiter-down');
    conns.push(redis);
    const l = new LoginLimiter({ perUser: 3, perIp: 100 }, redis);
    await expect(l.run(attempt('x'), wrong)).rejects.toThrow('bad credentials');
    await own.kill();
    let called = false;
    const ok = async (): Promise<Outcome<string>> => {
      called = true;
      return { ok: true, value: 'token' };
    };
    await expect(l.run(attempt('x'), ok)).rejects.toBeInstanceOf(StateUnavailableError);
    expect(called).toBe(false);
  });
});
