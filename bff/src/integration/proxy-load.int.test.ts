import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, DEMO } from '../test-support/stack.js';
import { spawnBff, type SpawnedBff } from '../test-support/spawn-bff.js';

const HEAP_PROBE = fileURLToPath(new URL('../test-support/heap-probe.ts', import.meta.url));
const BURST = 500;
const UPSTREAM_DELAY_MS = 300;

/** A ModelArts stand-in that answers every call after 300 ms and counts calls in flight. */
async function startSlowUpstream() {
  const stats = { inFlight: 0, maxInFlight: 0, served: 0 };
  const server: Server = createServer((req, res) => {
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    req.resume();
    setTimeout(() => {
      stats.inFlight -= 1;
      stats.served += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ is_success: true, specs: [], path: req.url }));
    }, UPSTREAM_DELAY_MS);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function heapUsed(bff: SpawnedBff): Promise<number> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      bff.child.off('exit', onExit);
      resolve((m as { heapUsed: number }).heapUsed);
    };
    const onExit = () => {
      bff.child.off('message', onMessage);
      reject(new Error(`bff exited\n${bff.stderr()}`));
    };
    bff.child.once('message', onMessage);
    bff.child.once('exit', onExit);
    bff.child.send('heap');
  });
}

interface Outcome {
  status: number;
  retryAfter?: string;
  code?: string;
  error?: string;
}

describe('500 proxied GETs in flight at once (BFF in its own process)', () => {
  let emulator: SpawnedEmulator;
  let upstream: Awaited<ReturnType<typeof startSlowUpstream>>;
  let bff: SpawnedBff;
  let cookie: string;

  beforeAll(async () => {
    emulator = await spawnEmulator();
    upstream = await startSlowUpstream();
    bff = await spawnBff(
      {
        IAM_ENDPOINT: emulator.url,
        MODELARTS_ENDPOINT: upstream.url,
        // A queue smaller than the burst, so that both answers (200 and a clean 503) occur.
        PROXY_MAX_QUEUE: '100',
        NODE_OPTIONS: '--expose-gc',
      },
      { nodeArgs: ['--import', HEAP_PROBE], ipc: true },
    );
    const login = await fetch(`${bff.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify(DEMO),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 60_000);
  afterAll(async () => {
    await bff?.stop();
    await upstream?.close();
    await emulator?.stop();
  });

  const get = async (client: Agent): Promise<Outcome> => {
    try {
      const res = await request(`${bff.url}/api/v1/job/resource-specs?job_type=train`, {
        dispatcher: client,
        headers: { cookie },
      });
      const body = (await res.body.json()) as { error_code?: string };
      const retryAfter = res.headers['retry-after'];
      return {
        status: res.statusCode,
        ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
        ...(body.error_code ? { code: body.error_code } : {}),
      };
    } catch (err) {
      return { status: 0, error: (err as Error).message };
    }
  };

  it('stays up, answers 200 or a clean 503 with Retry-After, and memory returns to baseline', async () => {
    // Warm-up (JIT, pools, session) in small batches, then the baseline after a full GC.
    const warm = new Agent();
    for (let i = 0; i < 5; i++) await Promise.all(Array.from({ length: 20 }, () => get(warm)));
    await warm.close();
    const baseline = await heapUsed(bff);

    const client = new Agent({ connections: BURST });
    const outcomes = await Promise.all(Array.from({ length: BURST }, () => get(client)));
    await client.close();

    expect(bff.child.exitCode, bff.stderr()).toBeNull();
    const ok = outcomes.filter((o) => o.status === 200);
    const busy = outcomes.filter((o) => o.status === 503);
    const other = outcomes.filter((o) => o.status !== 200 && o.status !== 503);
    expect(other, bff.stderr()).toEqual([]);
    expect(ok.length).toBeGreaterThan(0);
    for (const b of busy) {
      expect(b.code).toBe('Console.0503');
      expect(Number(b.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    expect(upstream.stats.maxInFlight).toBeLessThanOrEqual(64);
    const health = await fetch(`${bff.url}/api/health`);
    expect(health.status).toBe(200);

    // Memory goes back: wait (bounded) for the heap after GC to come within 8 MB of the baseline.
    const bound = baseline + 8 * 1024 * 1024;
    let after = await heapUsed(bff);
    const deadline = Date.now() + 30_000;
    while (after > bound && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      after = await heapUsed(bff);
    }
    console.info(
      `load: ${ok.length}×200, ${busy.length}×503, upstream max in flight ${upstream.stats.maxInFlight}, ` +
        `heap after GC ${(baseline / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB`,
    );
    expect(after).toBeLessThanOrEqual(bound);
  }, 90_000);
});
