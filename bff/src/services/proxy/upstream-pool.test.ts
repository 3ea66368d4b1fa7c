import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Upstream, type UpstreamCall } from './upstream.js';
import { DEFAULT_UPSTREAM_SETTINGS } from './upstream-settings.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A fast upstream that counts the connections made to it. */
async function countingUpstream() {
  const stats = { connections: 0, requests: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests += 1;
    req.resume();
    setImmediate(() => res.end('{"ok":true}'));
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', () => (stats.connections += 1));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats };
}

const call = (): UpstreamCall => ({
  method: 'GET',
  path: '/v1/p1/job/resource-specs',
  headers: {},
  credential: 'tok',
  signal: new AbortController().signal,
});

describe('the upstream pool under a steady load', () => {
  it('keeps its connections: more browsers than connections make no new connection per request', async () => {
    const up = await countingUpstream();
    const settings = { ...DEFAULT_UPSTREAM_SETTINGS, maxConnections: 8 };
    const upstream = new Upstream(up.url, settings);
    cleanups.push(() => upstream.close());
    // 32 browsers at once, 25 calls each, over 8 pooled connections (the rest wait in the queue)
    const browser = async () => {
      for (let i = 0; i < 25; i++) {
        await upstream.exchange(call(), async (r) => {
          await r.body.dump();
        });
      }
    };
    await Promise.all(Array.from({ length: 32 }, browser));
    expect(up.stats.requests).toBe(800);
    expect(up.stats.connections).toBe(8);
    expect(upstream.limiter.active).toBe(0);
    expect(upstream.limiter.queued).toBe(0);
  });
});
