/**
 * The emulator-stall scenario (issue 14), shared by `bench/stalls.ts` (full size, 3 runs) and the
 * CI smoke (`src/stalls-smoke.int.test.ts`, small): a data folder seeded with many finished jobs,
 * a few jobs running, then a burst of jobs started at once, while a prober sends trivial GETs at a
 * fixed rate (open loop: a stall delays every request that falls into it, as it would a user's).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoToken, spawnEmulator, writeObsFile, type SpawnedEmulator } from '../src/testing.js';
import { Prober, summarize, type LatencySummary } from './prober.js';
import { seedState, type SeedOptions } from './seed-state.js';

export interface StallOptions extends SeedOptions {
  /** Jobs kept running during the steady phase. */
  running: number;
  /** Jobs started at once in the burst phase. */
  burst: number;
  steadyMs: number;
  /** GETs per second of the prober. */
  rate: number;
}

export interface StartedJob {
  api: 'v1' | 'v2';
  id: string;
}

export interface StallResult {
  state_json_bytes: number;
  /** First start: includes migrating the seeded state.json. */
  startup_ms: number;
  /** The start after the run (loading what the first one stored). */
  restart_ms: number;
  /** The host's 1-minute load average at the start and the end (2 cores shared with others). */
  load_avg: [number, number];
  steady: LatencySummary;
  burst: LatencySummary & { jobs: number; v1: number; v2: number; all_running_ms: number | null };
  /** Jobs the run started (running + burst), per API. */
  started: { v1: number; v2: number };
  listed: { v1: number; v2: number };
  after_restart: { v1: number; v2: number };
}

const SPIN = `import time
for i in range(100000):
    print(f"step {i}", flush=True)
    time.sleep(1)
`;

type Api = { base: string; headers: Record<string, string> };

async function call<T>(api: Api, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${api.base}${url}`, {
    method,
    headers: api.headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T & { error_code?: string };
  if (!res.ok) throw Object.assign(new Error(`${method} ${url}: ${res.status}`), { json });
  return json;
}

async function startJob(
  api: Api,
  p: string,
  name: string,
  prefer: 'v1' | 'v2',
): Promise<StartedJob> {
  if (prefer === 'v1') {
    try {
      const r = await call<{ job_id: number; version_id: number }>(
        api,
        'POST',
        `/v1/${p}/training-jobs`,
        {
          job_name: name,
          config: {
            worker_server_num: 1,
            spec_id: 27,
            engine_id: 4,
            app_url: '/bench/code/',
            boot_file_url: '/bench/code/spin.py',
            data_url: '/test-modelarts/dataset-mnist/',
          },
        },
      );
      return { api: 'v1', id: `${r.job_id}/versions/${r.version_id}` };
    } catch (err) {
      // an emulator with the v1 quota fixed at 100 refuses v1 jobs beyond the seed: run a v2 one
      if ((err as { json?: { error_code?: string } }).json?.error_code !== 'ModelArts.0118')
        throw err;
    }
  }
  const r = await call<{ metadata: { id: string } }>(api, 'POST', `/v2/${p}/training-jobs`, {
    kind: 'job',
    metadata: { name },
    algorithm: {
      code_dir: '/bench/code/',
      boot_file: '/bench/code/spin.py',
      engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
    },
    spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
  });
  return { api: 'v2', id: r.metadata.id };
}

async function isRunning(api: Api, p: string, job: StartedJob): Promise<boolean> {
  if (job.api === 'v1')
    return (
      (await call<{ status: number }>(api, 'GET', `/v1/${p}/training-jobs/${job.id}`)).status === 8
    );
  const r = await call<{ status: { phase: string } }>(
    api,
    'GET',
    `/v2/${p}/training-jobs/${job.id}`,
  );
  return r.status.phase === 'Running';
}

/** Polls every 500 ms until every job runs; resolves with the time it took (null: timed out). */
async function untilRunning(api: Api, p: string, jobs: StartedJob[], timeoutMs: number) {
  const t0 = Date.now();
  let pending = jobs;
  while (Date.now() - t0 < timeoutMs) {
    const states = await Promise.all(pending.map((j) => isRunning(api, p, j)));
    pending = pending.filter((_, i) => !states[i]);
    if (pending.length === 0) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

async function counts(api: Api, p: string): Promise<{ v1: number; v2: number }> {
  const v1 = await call<{ job_total_count: number }>(
    api,
    'GET',
    `/v1/${p}/training-jobs?per_page=1`,
  );
  const v2 = await call<{ total: number }>(api, 'POST', `/v2/${p}/training-job-searches`, {
    limit: 1,
  });
  return { v1: v1.job_total_count, v2: v2.total };
}

async function connect(e: SpawnedEmulator): Promise<Api> {
  const token = await demoToken(e.url);
  return { base: e.url, headers: { 'x-auth-token': token, 'content-type': 'application/json' } };
}

/** Runs the whole scenario once in a fresh temp data folder (removed afterwards). */
export async function runStallScenario(o: StallOptions): Promise<StallResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-stalls-'));
  const env = { EMULATOR_JOB_QUOTA: String(o.v1Jobs + o.running + o.burst + 10) };
  let emulator: SpawnedEmulator | null = null;
  const load0 = Math.round(os.loadavg()[0]! * 100) / 100;
  try {
    const bytes = seedState(dataDir, o);
    writeObsFile(dataDir, '/bench/code/spin.py', SPIN);
    const t0 = Date.now();
    emulator = await spawnEmulator({ dataDir, env });
    const startupMs = Date.now() - t0;
    const p = emulator.projectId;
    const api = await connect(emulator);
    // a trivial GET: one seeded v1 version, or one seeded v2 job
    const probe = `/v1/${p}/training-jobs/100000/versions/200000`;
    const prefer = (i: number): 'v1' | 'v2' => (i % 2 === 0 ? 'v1' : 'v2');
    const running = await Promise.all(
      Array.from({ length: o.running }, (_, i) => startJob(api, p, `bench_run_${i}`, prefer(i))),
    );
    if ((await untilRunning(api, p, running, 60_000)) === null)
      throw new Error('jobs did not start');

    const steadyProber = new Prober(api.base, probe, api.headers, o.rate);
    await steadyProber.runFor(o.steadyMs);
    const steady = summarize(steadyProber.latencies, steadyProber.errors);

    const burstProber = new Prober(api.base, probe, api.headers, o.rate);
    burstProber.start();
    const burstJobs = await Promise.all(
      Array.from({ length: o.burst }, (_, i) => startJob(api, p, `bench_burst_${i}`, prefer(i))),
    );
    const allRunningMs = await untilRunning(api, p, burstJobs, 120_000);
    await burstProber.runFor(2000);
    const burst = {
      ...summarize(burstProber.latencies, burstProber.errors),
      jobs: burstJobs.length,
      v1: burstJobs.filter((j) => j.api === 'v1').length,
      v2: burstJobs.filter((j) => j.api === 'v2').length,
      all_running_ms: allRunningMs,
    };
    const listed = await counts(api, p);
    const all = [...running, ...burstJobs];
    const started = {
      v1: all.filter((j) => j.api === 'v1').length,
      v2: all.filter((j) => j.api === 'v2').length,
    };
    await emulator.stop();
    const t1 = Date.now();
    emulator = await spawnEmulator({ dataDir, env });
    const restartMs = Date.now() - t1;
    const afterRestart = await counts(await connect(emulator), p);
    return {
      state_json_bytes: bytes,
      startup_ms: startupMs,
      restart_ms: restartMs,
      load_avg: [load0, Math.round(os.loadavg()[0]! * 100) / 100],
      steady,
      burst,
      started,
      listed,
      after_restart: afterRestart,
    };
  } finally {
    await emulator?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
