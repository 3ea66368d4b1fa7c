import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnEmulator, writeObsFile, type SpawnedEmulator } from '@console/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { roamingViewer, type RoamingViewer } from '../test-support/roaming-viewer.js';
import { spawnBff, type SpawnedBff } from '../test-support/spawn-bff.js';
import { CSRF, DEMO } from '../test-support/stack.js';

const HEAP_PROBE = fileURLToPath(new URL('../test-support/heap-probe.ts', import.meta.url));
const VIEWERS = 200;

/** The BFF's heap in use after a full GC (heap-probe.ts over IPC). */
function heapUsed(bff: SpawnedBff): Promise<number> {
  return new Promise((resolve) => {
    bff.child.once('message', (m: unknown) => resolve((m as { heapUsed: number }).heapUsed));
    bff.child.send('heap');
  });
}

// Idle live-log viewers of one job on a BFF with Redis (the shared registry, as replicas run):
// what they hold goes away with them, and a connect burst leaves no garbage behind.
describe('idle live-log viewers connect and leave (BFF in its own process, Redis)', () => {
  let emulator: SpawnedEmulator;
  let redis: RedisServer;
  let bff: SpawnedBff;
  let cookie: string;
  let path: string;

  beforeAll(async () => {
    emulator = await spawnEmulator();
    redis = await startRedis();
    bff = await spawnBff(
      {
        IAM_ENDPOINT: emulator.url,
        MODELARTS_ENDPOINT: emulator.url,
        REDIS_URL: redis.url,
        SESSION_SECRET: 'x'.repeat(48),
        MAX_STREAMS_PER_SESSION: String(VIEWERS + 10),
        NODE_OPTIONS: '--expose-gc',
      },
      { nodeArgs: ['--import', HEAP_PROBE], ipc: true },
    );
    const login = await fetch(`${bff.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify(DEMO),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    writeObsFile(emulator.dataDir, '/mem/idle/sleeper.py', 'import time\ntime.sleep(600)\n');
    writeObsFile(emulator.dataDir, '/mem/data/readme.txt', 'no data\n');
    const res = await fetch(`${bff.url}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'idle_viewers',
        config: {
          worker_server_num: 1,
          app_url: '/mem/idle/',
          boot_file_url: '/mem/idle/sleeper.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/mem/data/',
          train_url: '/mem/out/',
        },
      }),
    });
    const job = (await res.json()) as { job_id: number; version_id: number };
    path = `/api/logs/v1/${job.job_id}/${job.version_id}?log_file=job-idle-viewers.0`;
  }, 60_000);

  afterAll(async () => {
    await bff?.stop();
    await redis?.stop();
    if (redis) fs.rmSync(redis.dir, { recursive: true, force: true });
    await emulator?.stop();
  });

  const openStreams = async () => {
    const text = await (await fetch(`${bff.url}/metrics`)).text();
    return Number(/^console_sse_streams_open (\d+)$/m.exec(text)?.[1] ?? NaN);
  };

  /** `n` viewers, each attached (its first event read); errors fail the test. */
  async function attach(n: number): Promise<RoamingViewer[]> {
    const viewers = Array.from({ length: n }, () =>
      roamingViewer({ path, cookie, base: () => bff.url, maxFailures: 1 }),
    );
    await eventually(() => viewers.every((v) => v.openedAt || v.errors.length), 30_000, 'viewers');
    expect(viewers.flatMap((v) => v.errors)).toEqual([]);
    await eventually(async () => (await openStreams()) === n, 10_000, `${n} streams`);
    return viewers;
  }

  async function leave(viewers: RoamingViewer[]): Promise<void> {
    for (const v of viewers) v.stop();
    await Promise.all(viewers.map((v) => v.done));
    await eventually(async () => (await openStreams()) === 0, 10_000, 'streams closed');
  }

  it(`${VIEWERS} viewers: held while attached, all of it given back when they leave`, async () => {
    // Warm-up (JIT, pools, the log's shared poller), then the baseline after a full GC.
    for (let i = 0; i < 3; i++) await leave(await attach(VIEWERS));
    const baseline = await heapUsed(bff);
    const viewers = await attach(VIEWERS);
    const attached = await heapUsed(bff);
    await leave(viewers);
    const after = await heapUsed(bff);
    const kib = (b: number) => (b / 1024).toFixed(0);
    console.info(
      `${VIEWERS} idle viewers: heap after GC ${kib(baseline)} KiB → ${kib(attached)} KiB attached ` +
        `(${((attached - baseline) / VIEWERS / 1024).toFixed(1)} KiB each) → ${kib(after)} KiB gone`,
    );
    // The measure sees viewers at all (a connection costs several KiB) …
    expect(attached - baseline).toBeGreaterThan(VIEWERS * 4 * 1024);
    // … and what they held is given back: under a third of it left over (compiled code still
    // grows a little from round to round; a viewer kept alive keeps all it held).
    expect(after - baseline).toBeLessThan((attached - baseline) / 3);
  }, 120_000);
});
