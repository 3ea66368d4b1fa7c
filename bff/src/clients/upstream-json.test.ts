import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGetPolicy } from './get-policy.js';
import { isTokenRejected, ModelArtsCallError } from './modelarts-error.js';
import { getJson } from './upstream-json.js';

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A real HTTP server that answers from a script (then 200 `{ok:true}`) and counts requests. */
describe('getJson against a real server: retries, Retry-After, token errors', () => {
  let server: Server;
  let url: string;
  let script: Answer[] = [];
  let seen: number[] = [];

  beforeAll(async () => {
    server = createServer((_req, res) => {
      seen.push(Date.now());
      const a = script.shift() ?? { status: 200, body: { ok: true } };
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(JSON.stringify(a.body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/p/x`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  beforeEach(() => {
    script = [];
    seen = [];
  });

  // Short delays so that the test waits only where Retry-After says so.
  const fast = () => createGetPolicy({ initialDelayMs: 5, maxDelayMs: 10 });
  const get = (policy = fast()) => getJson(url, 'tok', { timeoutMs: 5_000, policy });
  const throttled = (retryAfter: string): Answer => ({
    status: 429,
    body: { error_code: 'ModelArts.2799', error_msg: 'TooManyRequests' },
    headers: { 'retry-after': retryAfter },
  });

  it('retries a 429 after its Retry-After and a 503, and returns the body', async () => {
    script = [throttled('1'), { status: 503, body: {} }];
    expect(await get()).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect((seen[1] ?? 0) - (seen[0] ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after a few attempts with a transient error', async () => {
    script = Array.from({ length: 5 }, () => ({ status: 503, body: { error_code: 'X.1' } }));
    const err = await get().catch((e: unknown) => e);
    expect(seen).toHaveLength(3);
    expect(err).toBeInstanceOf(ModelArtsCallError);
    expect(err).toMatchObject({ status: 503, transient: true, body: { error_code: 'X.1' } });
  });

  it('hands a long Retry-After to the caller as retryAfterMs, without waiting', async () => {
    script = [throttled('30')];
    const err = await get().catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(err).toMatchObject({ status: 429, transient: true, retryAfterMs: 30_000 });
  });

  it('does not retry a 401 token error, and marks it as such', async () => {
    script = [{ status: 401, body: { error_code: 'ModelArts.0202', error_msg: 'expired' } }];
    const err = await get().catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(isTokenRejected(err)).toBe(true);
    expect(err).toMatchObject({ transient: false });
  });

  it('retries a refused connection, then reports the upstream unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/v1/p/x`;
    await new Promise((r) => closed.close(r));
    let attempts = 0;
    const counting = fast();
    const policy = {
      execute: <T>(fn: () => Promise<T>) =>
        counting.execute(() => {
          attempts += 1;
          return fn();
        }),
    };
    const err = await getJson(deadUrl, 'tok', { timeoutMs: 2_000, policy }).catch((e) => e);
    expect(attempts).toBe(3);
    expect(err).toMatchObject({
      status: 502,
      transient: true,
      body: { error_code: 'Console.0502' },
    });
  });
});
