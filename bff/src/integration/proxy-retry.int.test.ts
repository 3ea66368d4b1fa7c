import { restCreateConfigBody } from '@console/shared/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

/** Retries of proxied GETs (and none of POSTs) against the real emulator with injected faults. */
describe('proxy retries (real emulator)', () => {
  let s: Stack;
  let cookie: string;
  let specs: string;
  let configs: string;

  beforeAll(async () => {
    s = await startStack(100, {
      // A breaker that does not open during these tests; its own test is proxy-breaker.int.test.ts.
      proxy: { ...DEFAULT_UPSTREAM_SETTINGS, breakerFailures: 100, timeoutMs: 1_000 },
    });
    cookie = await s.login();
    specs = `/v1/${s.emulator.projectId}/job/resource-specs`;
    configs = `/v1/${s.emulator.projectId}/training-job-configs`;
  });
  afterAll(async () => {
    await s?.stop();
  });

  const calls = async (path: string, method = 'GET') =>
    (await s.requests()).filter((r) => r.path === path && r.method === method);
  const getSpecs = () =>
    fetch(`${s.base}/api/v1/job/resource-specs?job_type=train`, { headers: { cookie } });

  it('retries a GET after two 503s and answers 200', async () => {
    await s.clearRequests();
    const body = { error_code: 'ModelArts.2950', error_msg: 'Unknown' };
    await s.faults({ fail: { status: 503, body, count: 2, path_prefix: specs } });
    const res = await getSpecs();
    expect(res.status).toBe(200);
    expect(((await res.json()) as { specs: unknown[] }).specs.length).toBeGreaterThan(0);
    expect(await calls(specs)).toHaveLength(3);
  });

  it("retries a GET after a 429, no sooner than the upstream's Retry-After", async () => {
    await s.clearRequests();
    await s.faults({
      fail: {
        status: 429,
        body: {},
        headers: { 'Retry-After': '1' },
        count: 1,
        path_prefix: specs,
      },
    });
    const res = await getSpecs();
    expect(res.status).toBe(200);
    const [first, second, ...rest] = await calls(specs);
    expect(rest).toEqual([]);
    expect(Date.parse(String(second?.at)) - Date.parse(String(first?.at))).toBeGreaterThanOrEqual(
      950,
    );
  });

  it('gives up after 3 tries and hands the last answer on, Retry-After included', async () => {
    await s.clearRequests();
    const body = { error_code: 'ModelArts.2799', error_msg: 'TooManyRequests' };
    await s.faults({
      fail: { status: 429, body, headers: { 'Retry-After': '0' }, count: 5, path_prefix: specs },
    });
    const res = await getSpecs();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('0');
    expect(await res.json()).toEqual(body);
    expect(await calls(specs)).toHaveLength(3);
    await s.clearFaults();
  });

  it('does not retry when the upstream asks to wait longer than the cap (5 s)', async () => {
    await s.clearRequests();
    await s.faults({
      fail: {
        status: 503,
        body: {},
        headers: { 'Retry-After': '120' },
        count: 1,
        path_prefix: specs,
      },
    });
    const res = await getSpecs();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('120');
    expect(await calls(specs)).toHaveLength(1);
  });

  it('never retries a POST: one upstream request, its 503 handed on', async () => {
    await s.clearRequests();
    const body = { is_success: false, error_code: 'ModelArts.2950', error_message: 'Unknown' };
    await s.faults({ fail: { status: 503, body, count: 1, method: 'POST', path_prefix: configs } });
    const res = await fetch(`${s.base}/api/v1/training-job-configs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify(restCreateConfigBody),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual(body);
    expect(await calls(configs, 'POST')).toHaveLength(1);
    await s.clearFaults();
  });

  it('answers 504 Console.0504 when the upstream does not answer in time (not retried)', async () => {
    await s.clearRequests();
    await s.faults({ latency_ms: 2_000 });
    const res = await getSpecs();
    await s.clearFaults();
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error_code: 'Console.0504' });
    expect(await calls(specs)).toHaveLength(1);
  });
});
