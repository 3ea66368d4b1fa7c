import { afterEach, describe, expect, it } from 'vitest';
import { Upstream } from './services/proxy/upstream.js';
import { DEFAULT_UPSTREAM_SETTINGS } from './services/proxy/upstream-settings.js';
import { heldUpstream, proxyApp } from './test-support/proxy-app.js';
import { until } from './test-support/recording-sink.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp(settings: Partial<typeof DEFAULT_UPSTREAM_SETTINGS>) {
  const held = await heldUpstream();
  const upstream = new Upstream(held.url, { ...DEFAULT_UPSTREAM_SETTINGS, ...settings });
  const app = await proxyApp(upstream);
  cleanups.push(held.close, () => upstream.close(), app.close);
  return { held, upstream, app };
}

describe('proxy queue: at most N in flight and M waiting', () => {
  it('answers 503 Console.0503 with Retry-After at once when N are in flight and M wait', async () => {
    const { held, upstream, app } = await setUp({ maxConnections: 2, maxQueue: 1 });
    const calls = [app.get(), app.get(), app.get(), app.get()];
    const first = await Promise.race(calls);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(await first.json()).toMatchObject({
      error_code: 'Console.0503',
      error_msg: 'The console is busy; try again in a moment',
      request_id: expect.any(String),
    });
    await until(() => held.held.length === 2 && upstream.limiter.queued === 1);
    held.release();
    const statuses = (await Promise.all(calls)).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 503]);
    expect(held.stats.received).toBe(3);
  });

  it('answers 503 to a request that waited longer than the maximum wait', async () => {
    const { held, app } = await setUp({ maxConnections: 1, maxQueue: 5, maxWaitMs: 150 });
    const a = app.get();
    const b = app.get();
    const first = await Promise.race([a, b]);
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ error_code: 'Console.0503' });
    expect(held.stats.received).toBe(1);
    held.release();
    expect((await Promise.all([a, b])).map((r) => r.status).sort()).toEqual([200, 503]);
  });

  it('lets a browser that goes away leave the queue (its place is free, it never reaches upstream)', async () => {
    const { held, upstream, app } = await setUp({ maxConnections: 1, maxQueue: 1 });
    const a = app.get();
    await until(() => held.held.length === 1);
    const leaving = new AbortController();
    const b = app.get(leaving.signal).catch((e: unknown) => e);
    await until(() => upstream.limiter.queued === 1);
    leaving.abort();
    expect(await b).toMatchObject({ name: 'AbortError' });
    await until(() => upstream.limiter.queued === 0);
    const d = app.get();
    await until(() => upstream.limiter.queued === 1);
    expect((await app.get()).status).toBe(503);
    held.release();
    expect([(await a).status, (await d).status]).toEqual([200, 200]);
    expect(held.stats.received).toBe(2);
  });

  it('cancels the upstream request of a browser that goes away while it is in flight', async () => {
    const { held, upstream, app } = await setUp({ maxConnections: 1, maxQueue: 1 });
    const leaving = new AbortController();
    const a = app.get(leaving.signal).catch((e: unknown) => e);
    await until(() => held.held.length === 1);
    leaving.abort();
    await a;
    await until(() => held.stats.cancelled === 1 && upstream.limiter.active === 0);
    held.release();
    expect((await app.get()).status).toBe(200);
  });
});
