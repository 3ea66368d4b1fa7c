import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGetPolicy } from './get-policy.js';
import { ModelArtsCallError } from './modelarts-error.js';

const failure = (status: number, retryAfterMs?: number) =>
  new ModelArtsCallError(
    status,
    { error_code: `HTTP.${status}`, error_msg: `status ${status}` },
    status >= 500 || status === 429,
    retryAfterMs,
  );

/** An upstream call that fails with `errors` in turn, then answers 'ok'; counts its calls. */
function scripted(...errors: ModelArtsCallError[]) {
  const calls: number[] = [];
  const fn = () => {
    calls.push(Date.now());
    const err = errors.shift();
    return err ? Promise.reject(err) : Promise.resolve('ok');
  };
  return { fn, calls };
}

/** Runs `p` to its end under fake timers; returns what it settled with. */
async function settle<T>(p: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const out: { value?: T; error?: unknown } = {};
  const done = p.then(
    (value) => void (out.value = value),
    (error: unknown) => void (out.error = error),
  );
  await vi.runAllTimersAsync();
  await done;
  return out;
}

describe('GET policy: retries with backoff and Retry-After, circuit breaker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries outages and 429s a few times with growing delays, then gives up', async () => {
    const policy = createGetPolicy({ maxAttempts: 3, initialDelayMs: 100, maxDelayMs: 10_000 });
    const ok = scripted(failure(503), failure(429));
    expect(await settle(policy.execute(ok.fn))).toEqual({ value: 'ok' });
    expect(ok.calls).toHaveLength(3);

    const down = scripted(failure(502), failure(504), failure(503), failure(503));
    const r = await settle(policy.execute(down.fn));
    expect(down.calls).toHaveLength(3);
    expect(r.error).toMatchObject({ status: 503, transient: true });
  });

  it('does not retry what a retry cannot fix (404, 401, 500)', async () => {
    const policy = createGetPolicy();
    for (const status of [404, 401, 500]) {
      const s = scripted(failure(status));
      const r = await settle(policy.execute(s.fn));
      expect(r.error).toMatchObject({ status });
      expect(s.calls).toHaveLength(1);
    }
  });

  it('waits at least Retry-After before the next attempt', async () => {
    const policy = createGetPolicy({ initialDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 5_000 });
    const s = scripted(failure(429, 3_000), failure(503, 4_000));
    const p = policy.execute(s.fn);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(s.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(s.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toBe('ok');
    expect(s.calls.map((t) => t - 1_000_000)).toEqual([0, 3_000, 7_000]);
  });

  it('hands a Retry-After longer than it waits itself to the caller at once', async () => {
    const policy = createGetPolicy({ maxRetryAfterMs: 5_000 });
    const s = scripted(failure(429, 30_000));
    const r = await settle(policy.execute(s.fn));
    expect(s.calls).toHaveLength(1);
    expect(r.error).toMatchObject({ status: 429, retryAfterMs: 30_000 });
  });

  it('opens after consecutive outages, fails fast while open, and closes on a good test call', async () => {
    const policy = createGetPolicy({ maxAttempts: 1, breakAfter: 3, halfOpenAfterMs: 5_000 });
    const s = scripted(failure(503), failure(502), failure(504));
    for (let i = 0; i < 3; i++) await settle(policy.execute(s.fn));
    expect(s.calls).toHaveLength(3);

    const fast = await settle(policy.execute(s.fn));
    expect(s.calls).toHaveLength(3); // the upstream was not called
    expect(fast.error).toBeInstanceOf(ModelArtsCallError);
    expect(fast.error).toMatchObject({
      status: 503,
      transient: true,
      retryAfterMs: 5_000,
      body: { error_code: 'Console.0502' },
    });

    vi.setSystemTime(Date.now() + 5_000);
    expect(await settle(policy.execute(s.fn))).toEqual({ value: 'ok' });
    expect(await settle(policy.execute(s.fn))).toEqual({ value: 'ok' });
    expect(s.calls).toHaveLength(5);
  });

  it('does not count 429s (one caller throttled) towards opening the circuit', async () => {
    const policy = createGetPolicy({ maxAttempts: 1, breakAfter: 2 });
    const s = scripted(failure(429), failure(429), failure(429));
    for (let i = 0; i < 3; i++) await settle(policy.execute(s.fn));
    expect(await settle(policy.execute(s.fn))).toEqual({ value: 'ok' });
    expect(s.calls).toHaveLength(4);
  });
});
