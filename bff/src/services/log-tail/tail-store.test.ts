import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../test-support/redis-server.js';
import { decodeEntry, encodeEntry } from './tail-entries.js';
import { RedisPollerBudget } from './redis-poller-budget.js';
import { TailStore, tailKeys } from './tail-store.js';

let server: RedisServer;
let redis: Redis;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
});
beforeEach(async () => {
  await redis.flushall();
});

const store = () => new TailStore(redis, { maxEntries: 100, keepMs: 60_000 });
const page = (from: string, to: string) => ({
  t: 'page' as const,
  from,
  to,
  count: 1,
  lines: [to],
});

describe('TailStore (real redis-server)', () => {
  it('keys hash the source key: no project or job name in Redis key names', () => {
    const k = tailKeys(JSON.stringify(['v1', 'project-secret', 'job-7']));
    for (const name of Object.values(k)) {
      expect(name).toMatch(/^mac:tail:\{[A-Za-z0-9_-]{32}\}:(lease|log|head|status)$/);
      expect(name).not.toContain('project-secret');
    }
    expect(tailKeys('a').log).not.toBe(tailKeys('b').log);
  });

  it('one holder at a time; publication is fenced by the lease', async () => {
    const s = store();
    const k = tailKeys('log');
    expect(await s.acquire(k, 'a', 5000)).toBe(true);
    expect(await s.acquire(k, 'b', 5000)).toBe(false);
    expect(await s.publish(k, 'a', { t: 'root', cursor: '0' })).toBe(true);
    expect(await s.publish(k, 'b', page('0', '1'))).toBe(false);
    expect(await s.publish(k, 'a', page('0', '1'))).toBe(true);
    expect(await s.head(k)).toBe('1');
    // b cannot renew or release a's lease
    expect(await s.renew(k, 'b', 5000)).toBe(false);
    await s.release(k, 'b');
    expect(await s.acquire(k, 'b', 5000)).toBe(false);
    await s.release(k, 'a');
    expect(await s.acquire(k, 'b', 5000)).toBe(true);
    expect(await s.renew(k, 'b', 5000)).toBe(true);
    expect((await s.range(k, '0-0', 10)).map((i) => i.entry)).toEqual([
      { t: 'root', cursor: '0' },
      page('0', '1'),
    ]);
  });

  it('a lease that is not renewed runs out, and a renewed one does not', async () => {
    const s = store();
    const k = tailKeys('log');
    await s.acquire(k, 'a', 150);
    const deadline = Date.now() + 5000;
    while (!(await s.acquire(k, 'b', 5000))) {
      if (Date.now() > deadline) throw new Error('the lease never ran out');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await s.renew(k, 'a', 5000)).toBe(false);
    expect(await redis.pttl(k.lease)).toBeGreaterThan(1000);
  });

  it('keeps the last status apart (a joiner reads it even after the stream was trimmed)', async () => {
    const s = store();
    const k = tailKeys('log');
    await s.acquire(k, 'a', 5000);
    await s.publish(k, 'a', { t: 'status', status: { phase: 'Running' } });
    expect(await s.lastStatus(k)).toEqual({ phase: 'Running' });
    expect(await s.lastStatus(tailKeys('other'))).toBeUndefined();
    expect(await redis.pttl(k.log)).toBeGreaterThan(50_000);
  });

  it('trims the stream to about maxEntries', async () => {
    const s = new TailStore(redis, { maxEntries: 10, keepMs: 60_000 });
    const k = tailKeys('log');
    await s.acquire(k, 'a', 5000);
    for (let i = 0; i < 300; i++) await s.publish(k, 'a', page(String(i), String(i + 1)));
    const length = await redis.xlen(k.log);
    expect(length).toBeLessThan(300);
    expect(await s.head(k)).toBe('300');
  });

  it('skips entries it cannot read instead of failing', async () => {
    const s = store();
    const k = tailKeys('log');
    await redis.xadd(k.log, '*', 'e', '{"t":"page","from":1}');
    await redis.xadd(k.log, '*', 'x', 'y');
    await redis.xadd(k.log, '*', 'e', encodeEntry({ t: 'end' }));
    expect((await s.range(k, '0-0', 10)).map((i) => i.entry)).toEqual([
      undefined,
      undefined,
      { t: 'end' },
    ]);
    expect(decodeEntry('not json')).toBeUndefined();
  });
});

describe('RedisPollerBudget (real redis-server)', () => {
  it('counts slots of all replicas, per account, joining a counted slot for free', async () => {
    let now = 1_000_000;
    const a = new RedisPollerBudget(redis, 2, 1, 1000, () => now);
    const b = new RedisPollerBudget(redis, 2, 1, 1000, () => now);
    expect(await a.take('alice', 'log-1')).toBeUndefined();
    expect(await b.take('bob', 'log-1')).toBeUndefined(); // joins
    expect(await b.take('alice', 'log-2')).toBe('account');
    expect(await b.take('bob', 'log-2')).toBeUndefined();
    expect(await a.take('carol', 'log-3')).toBe('total');
    expect(await a.take('carol', 'log-3', true)).toBe('total');
    await b.release('log-2');
    expect(await a.take('carol', 'log-3', true)).toBeUndefined();
    expect(await redis.zcard('mac:pollers')).toBe(1); // a dry run takes nothing
    // A slot nobody renews (its replica died) is free again after its time.
    now += 600;
    await a.renew('log-1');
    expect(await a.take('dave', 'log-4')).toBeUndefined();
    now += 900;
    expect(await a.take('erin', 'log-5')).toBe('total');
    now += 200;
    expect(await a.take('erin', 'log-5')).toBeUndefined();
    expect(await a.take('alice', 'log-6')).toBeUndefined();
    expect(await a.take('zed', 'log-7')).toBe('total');
  });

  it('keeps no user name in a key name', async () => {
    const budget = new RedisPollerBudget(redis, 5, 5, 1000);
    await budget.take('["domain-x","user-y"]', 'log-1');
    const keys = await redis.keys('*');
    expect(keys.join(' ')).not.toMatch(/domain-x|user-y/);
  });
});
