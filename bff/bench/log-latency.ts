/**
 * Benchmark: delay between a line printed by a running training job and the same line arriving at a
 * browser-like SSE client through the BFF. Real processes only: an emulator, a BFF, a python3 job.
 * Writes reports/bench-log-latency.json at the repo root (BENCH_API=v2: the v2 preview tail,
 * reports/bench-log-latency-v2.json).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import { spawnEmulator, writeObsFile } from '@console/emulator/testing';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';

const LINES = Number(process.env.BENCH_LINES ?? 300);
const INTERVAL_MS = Number(process.env.BENCH_LINE_INTERVAL_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Unset: the BFF's default (what the acceptance is about). */
const POLL_MS = process.env.LOG_POLL_INTERVAL_MS;
const BFF_PORT = 18_380;
/** `v1` (aom-log, default) or `v2` (task log preview with a byte cursor). */
const API = process.env.BENCH_API === 'v2' ? 'v2' : 'v1';
const root = fileURLToPath(new URL('../../', import.meta.url));

const script = `import time, sys
for i in range(1, ${LINES} + 1):
    print(f"TICK {i} {int(time.time() * 1000)}", flush=True)
    time.sleep(${INTERVAL_MS / 1000})
`;

async function startBff(emulatorUrl: string) {
  const child = spawn(
    process.execPath,
    ['--conditions=@console/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: {
        ...process.env,
        PORT: String(BFF_PORT),
        IAM_ENDPOINT: emulatorUrl,
        MODELARTS_ENDPOINT: emulatorUrl,
        ...(POLL_MS ? { LOG_POLL_INTERVAL_MS: POLL_MS } : {}),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('BFF_LISTENING') && resolve());
    child.once('exit', (code) => reject(new Error(`bff exited ${code}`)));
  });
  return child;
}

type Headers = Record<string, string>;

/** A v1 job running the ticker; returns its SSE URL. */
async function createV1(base: string, headers: Headers): Promise<string> {
  const res = await fetch(`${base}/api/v1/training-jobs`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      job_name: `bench_${Date.now()}`,
      config: {
        worker_server_num: 1,
        spec_id: 27,
        engine_id: 4,
        app_url: '/bench/code/',
        boot_file_url: '/bench/code/ticker.py',
        data_url: '/test-modelarts/dataset-mnist/',
      },
    }),
  });
  const created = (await res.json()) as { job_id: number; version_id: number; job_name: string };
  const logFile = `job-${created.job_name.toLowerCase().replaceAll('_', '-')}.0`;
  return `${base}/api/logs/v1/${created.job_id}/${created.version_id}?log_file=${logFile}`;
}

/** A v2 job (code_dir + boot_file + preset engine) running the ticker; returns its SSE URL. */
async function createV2(base: string, headers: Headers): Promise<string> {
  const res = await fetch(`${base}/api/v2/training-jobs`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      kind: 'job',
      metadata: { name: `bench_${Date.now()}` },
      algorithm: {
        code_dir: '/bench/code/',
        boot_file: '/bench/code/ticker.py',
        engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    }),
  });
  const created = (await res.json()) as { metadata: { id: string } };
  return `${base}/api/logs/v2/${created.metadata.id}/worker-0`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Run {
  lines_received: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  mean_ms: number;
  /** Status and log reads of this job at the upstream per second while it printed. */
  upstream_requests_per_s: number;
  /** Delay p95 of the lines printed 2 s or more after the first one (the job has started). */
  steady_p95_ms: number;
  /** Requests per second from 2 s after the first line on (the access check, the first-page
   * search — two reads and a follow-up — and the wait for the job to start are before). */
  steady_requests_per_s: number;
  /** The shortest time between two requests in that span, as the emulator saw them arrive. */
  steady_min_gap_ms: number;
  /** Times of this job's upstream requests (ms after the stream opened) and of the first line. */
  timeline: { requests: string[]; first_line_ms: number };
}

async function streamOnce(base: string, headers: Headers, emulatorUrl: string): Promise<Run> {
  const streamUrl = API === 'v2' ? await createV2(base, headers) : await createV1(base, headers);
  const delays: number[] = [];
  const printed: number[] = [];
  const opened = Date.now();
  const stream = await fetch(streamUrl, {
    headers: { cookie: headers.cookie!, accept: 'text/event-stream' },
  });
  let ended = false;
  let lastLineAt = opened;
  const parser = createParser({
    onEvent(ev) {
      if (ev.event === 'end') ended = true;
      if (ev.event !== 'log') return;
      const now = Date.now();
      for (const line of (JSON.parse(ev.data) as { lines: string[] }).lines) {
        const m = /^TICK (\d+) (\d+)$/.exec(line);
        if (m) {
          delays.push(now - Number(m[2]));
          printed.push(Number(m[2]));
          lastLineAt = now;
        }
      }
    },
  });
  const decoder = new TextDecoder();
  for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    if (ended) break;
  }
  const jobPath = new URL(streamUrl).pathname.split('/')[4]!;
  const reqs = (await (await fetch(`${emulatorUrl}/__control/requests`)).json()) as {
    requests: { path: string; at: string }[];
  };
  const mine = reqs.requests.filter((r) => {
    const at = Date.parse(r.at);
    return r.path.includes(`/training-jobs/${jobPath}/`) && at >= opened && at <= lastLineAt;
  });
  const times = mine.map((r) => Date.parse(r.at)).sort((a, b) => a - b);
  const steadyFrom = (printed[0] ?? opened) + 2_000;
  const steady = times.filter((t) => t >= steadyFrom);
  const steadyDelays = delays.filter((_, i) => printed[i]! >= steadyFrom).sort((a, b) => a - b);
  const gaps = steady.slice(1).map((t, k) => t - steady[k]!);
  const sorted = [...delays].sort((a, b) => a - b);
  return {
    lines_received: delays.length,
    p50_ms: percentile(sorted, 50),
    p95_ms: percentile(sorted, 95),
    max_ms: sorted.at(-1) ?? NaN,
    mean_ms: Math.round(delays.reduce((a, b) => a + b, 0) / Math.max(1, delays.length)),
    upstream_requests_per_s: Number((mine.length / ((lastLineAt - opened) / 1000)).toFixed(2)),
    steady_p95_ms: percentile(steadyDelays, 95),
    steady_requests_per_s: Number(
      ((steady.length - 1) / (((steady.at(-1) ?? 0) - (steady[0] ?? 0)) / 1000)).toFixed(2),
    ),
    steady_min_gap_ms: Math.min(...gaps),
    timeline: {
      requests: mine.map((r) => `${Date.parse(r.at) - opened} ${r.path.split('/').slice(-1)[0]}`),
      first_line_ms: (printed[0] ?? opened) - opened,
    },
  };
}

type Measure = Exclude<keyof Run, 'timeline'>;
const spread = (runs: Run[], k: Measure) => {
  const v = runs.map((r) => r[k]).sort((a, b) => a - b);
  return { min: v[0], median: v[Math.floor(v.length / 2)], max: v.at(-1) };
};

async function main() {
  const emulator = await spawnEmulator();
  const bff = await startBff(emulator.url);
  const base = `http://127.0.0.1:${BFF_PORT}`;
  try {
    writeObsFile(emulator.dataDir, '/bench/code/ticker.py', script);
    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
      body: JSON.stringify({
        domain: 'demo',
        username: 'demo',
        password: 'demo',
        project: 'eu-de',
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = {
      cookie,
      'content-type': 'application/json',
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
    };
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await streamOnce(base, headers, emulator.url));
    const result = {
      measured_at: new Date().toISOString(),
      what: 'delay from a line printed by the job to its arrival at an SSE client through the BFF (ms), and upstream requests per second for the followed job',
      api: API,
      poll_interval_ms: POLL_MS ? Number(POLL_MS) : 'default',
      lines_expected: LINES,
      line_interval_ms: INTERVAL_MS,
      p50_ms: spread(runs, 'p50_ms'),
      p95_ms: spread(runs, 'p95_ms'),
      max_ms: spread(runs, 'max_ms'),
      upstream_requests_per_s: spread(runs, 'upstream_requests_per_s'),
      steady_p95_ms: spread(runs, 'steady_p95_ms'),
      steady_requests_per_s: spread(runs, 'steady_requests_per_s'),
      steady_min_gap_ms: spread(runs, 'steady_min_gap_ms'),
      runs,
    };
    mkdirSync(`${root}reports`, { recursive: true });
    const report = `${root}reports/bench-log-latency${API === 'v2' ? '-v2' : ''}.json`;
    writeFileSync(report, JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
    if (runs.some((r) => r.lines_received !== LINES)) process.exitCode = 1;
  } finally {
    bff.kill('SIGTERM');
    await emulator.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
