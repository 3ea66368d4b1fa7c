import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { connectRedis } from '../redis/redis-connection.js';
import { eventually } from '../test-support/eventually.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { LoginTransactions, RedisLoginTransactions } from './login-transactions.js';

const tx = (n: number) => ({ state: `s${n}`, nonce: `n${n}`, codeVerifier: `verifier-${n}` });

describe('LoginTransactions', () => {
  it('gives a sign-in back once, by its id', async () => {
    const t = new LoginTransactions();
    const id = await t.add(tx(1));
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await t.take(id)).toEqual(tx(1));
    expect(await t.take(id)).toBeUndefined();
    expect(await t.take(undefined)).toBeUndefined();
    expect(await t.take('unknown')).toBeUndefined();
  });

  it('forgets a sign-in after its time', async () => {
    let now = 0;
    const t = new LoginTransactions(1000, 10, () => now);
    const a = await t.add(tx(1));
    const b = await t.add(tx(2));
    now = 999;
    expect(await t.take(a)).toEqual(tx(1));
    now = 1000;
    expect(await t.take(b)).toBeUndefined();
  });

  it('drops the oldest beyond its bound', async () => {
    const t = new LoginTransactions(60_000, 2);
    const ids = [];
    for (const n of [1, 2, 3]) ids.push(await t.add(tx(n)));
    expect(await t.take(ids[0])).toBeUndefined();
    expect(await t.take(ids[1])).toEqual(tx(2));
    expect(await t.take(ids[2])).toEqual(tx(3));
  });
});

describe('RedisLoginTransactions against a real redis-server', () => {
  const SECRET = 'a-session-secret-of-at-least-32-characters';
  let server: RedisServer;
  let a: Redis;
  let b: Redis;
  beforeAll(async () => {
    server = await startRedis();
    a = connectRedis(server.url, createLogger('silent'), 'a');
    b = connectRedis(server.url, createLogger('silent'), 'b');
  });
  afterAll(async () => {
    a?.disconnect();
    b?.disconnect();
    await server?.kill();
  });

  it('starts on one replica, is taken once on another, sealed and under a hashed key', async () => {
    const id = await new RedisLoginTransactions(a, SECRET).add(tx(1));
    const keys = await a.keys('mac:oidc-tx:*');
    expect(keys.join(' ')).not.toContain(id);
    const raw = (await a.getBuffer(keys[0]!))!.toString('latin1');
    expect(raw).not.toContain('verifier-1');
    expect(await new RedisLoginTransactions(b, 'x'.repeat(40)).take(id)).toBeUndefined();
    const id2 = await new RedisLoginTransactions(a, SECRET).add(tx(2));
    const other = new RedisLoginTransactions(b, SECRET);
    expect(await other.take(id2)).toEqual(tx(2));
    expect(await other.take(id2)).toBeUndefined();
    expect(await other.take(undefined)).toBeUndefined();
  });

  it('forgets a sign-in after its time', async () => {
    const t = new RedisLoginTransactions(a, SECRET, 200);
    const id = await t.add(tx(3));
    await eventually(async () => (await a.keys('mac:oidc-tx:*')).length === 0);
    expect(await t.take(id)).toBeUndefined();
  });
});
