import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';
import { startStack, type Stack } from '../test-support/stack.js';

/** The circuit breaker in front of the upstream (real emulator answering 503s). */
describe('proxy circuit breaker (real emulator)', () => {
  let s: Stack;
  let cookie: string;

  beforeAll(async () => {
    s = await startStack(100, {
      proxy: {
        ...DEFAULT_UPSTREAM_SETTINGS,
        getAttempts: 3,
        breakerFailures: 3,
        breakerOpenMs: 1_500,
        retryBaseMs: 10,
      },
    });
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  const get = (path: string) => fetch(`${s.base}/api/v1/${path}`, { headers: { cookie } });

  it('opens after consecutive failures, answers 503 Console.0503 with Retry-After at once, then recovers', async () => {
    const body = { error_code: 'ModelArts.2950', error_msg: 'Unknown' };
    await s.faults({ fail: { status: 503, body, count: 1000 } });
    await s.clearRequests();

    // Three tries, three failures: the breaker opens; this answer is still the upstream's.
    const first = await get('job/resource-specs?job_type=train');
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual(body);
    expect(await s.requests()).toHaveLength(3);

    // Open: the console answers itself, for any path of this upstream, without calling it.
    for (const path of ['job/resource-specs?job_type=train', 'job/ai-engines?job_type=train']) {
      const r = await get(path);
      expect(r.status).toBe(503);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(2);
      expect(await r.json()).toMatchObject({ error_code: 'Console.0503' });
    }
    expect(await s.requests()).toHaveLength(3);

    // The upstream is back: once the break is over, a test call goes through and closes it.
    await s.clearFaults();
    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline) {
      const r = await get('job/resource-specs?job_type=train');
      status = r.status;
      await r.body?.cancel();
      if (status === 200) break;
      expect(status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await get('job/ai-engines?job_type=train')).status).toBe(200);
  });
});
