import { afterEach, describe, expect, it } from 'vitest';
import { heldUpstream, proxyApp } from '../../test-support/proxy-app.js';
import { until } from '../../test-support/recording-sink.js';
import { Upstream } from './upstream.js';
import { DEFAULT_UPSTREAM_SETTINGS } from './upstream-settings.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('Upstream circuit breaker', () => {
  it('answers 503 at once while its one test call is under way (no unbounded wait)', async () => {
    const held = await heldUpstream();
    const upstream = new Upstream(held.url, {
      ...DEFAULT_UPSTREAM_SETTINGS,
      getAttempts: 1,
      breakerFailures: 2,
      breakerOpenMs: 100,
    });
    const app = await proxyApp(upstream);
    cleanups.push(held.close, () => upstream.close(), app.close);

    held.stats.status = 503;
    held.release();
    expect([(await app.get()).status, (await app.get()).status]).toEqual([503, 503]);
    expect(held.stats.received).toBe(2);
    const open = await app.get();
    expect(await open.json()).toMatchObject({ error_code: 'Console.0503' });

    // The upstream recovers but is slow: the first call after the break is the test call.
    held.stats.status = 200;
    held.hold();
    let test: Promise<Response> | undefined;
    while (!test) {
      let settled = false;
      const r = app.get().finally(() => (settled = true));
      await until(() => settled || held.held.length === 1);
      if (held.held.length === 1) test = r;
      else {
        expect((await r).status).toBe(503);
        await new Promise((ok) => setTimeout(ok, 20)); // poll until the break is over
      }
    }
    // Without the fast answer, this call would wait for the held test call (the guard fails it).
    const guard = new Promise<never>((_ok, fail) =>
      setTimeout(() => fail(new Error('held behind the test call')), 5_000).unref(),
    );
    const other = await Promise.race([app.get(), guard]);
    expect(other.status).toBe(503);
    expect(other.headers.get('retry-after')).toBe('1');
    held.release();
    expect((await test).status).toBe(200);
    expect((await app.get()).status).toBe(200);
  });
});

describe('Upstream.close', () => {
  it('closes the pool once: a second close (a second dispose) resolves instead of rejecting', async () => {
    const upstream = new Upstream('http://127.0.0.1:9', DEFAULT_UPSTREAM_SETTINGS);
    await upstream.close();
    expect(upstream.pool.closed).toBe(true);
    await expect(upstream.close()).resolves.not.toThrow();
  });
});

describe('Upstream breaker recovery', () => {
  it('records the test call before handing its body on: a call made meanwhile goes through', async () => {
    const held = await heldUpstream();
    held.release();
    // breakerOpenMs 0: the call after a break is the half-open test call, no waiting needed
    const upstream = new Upstream(held.url, {
      ...DEFAULT_UPSTREAM_SETTINGS,
      getAttempts: 1,
      breakerFailures: 1,
      breakerOpenMs: 0,
    });
    cleanups.push(held.close, () => upstream.close());
    const call = () => ({
      method: 'GET',
      path: '/x',
      headers: {},
      credential: 'tok',
      signal: new AbortController().signal,
    });
    const drain = (r: { body: { dump(): Promise<void> } }) => r.body.dump();

    held.stats.status = 503;
    expect(await upstream.exchange(call(), drain)).toBe(503);
    held.stats.status = 200;
    let delivering!: () => void;
    const started = new Promise<void>((r) => (delivering = r));
    let finish!: () => void;
    const slow = upstream.exchange(call(), async (r) => {
      delivering();
      await new Promise<void>((f) => (finish = f));
      await r.body.dump();
    });
    await started; // the test call has its 200 and is handing the body on
    expect(await upstream.exchange(call(), drain)).toBe(200);
    finish();
    expect(await slow).toBe(200);
    expect(held.stats.received).toBe(3);
  });
});
