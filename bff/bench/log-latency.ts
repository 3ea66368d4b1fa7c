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

const LINES = Number(process.env.BENCH_LINES ?? 200);
const INTERVAL_MS = Number(process.env.BENCH_LINE_INTERVAL_MS ?? 50);
const POLL_MS = process.env.LOG_POLL_INTERVAL_MS ?? '1000';
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
        LOG_POLL_INTERVAL_MS: POLL_MS,
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
    const streamUrl = API === 'v2' ? await createV2(base, headers) : await createV1(base, headers);
    const delays: number[] = [];
    const stream = await fetch(streamUrl, { headers: { cookie, accept: 'text/event-stream' } });
    let ended = false;
    const parser = createParser({
      onEvent(ev) {
        if (ev.event === 'end') ended = true;
        if (ev.event !== 'log') return;
        const now = Date.now();
        for (const line of (JSON.parse(ev.data) as { lines: string[] }).lines) {
          const m = /^TICK (\d+) (\d+)$/.exec(line);
          if (m) delays.push(now - Number(m[2]));
        }
      },
    });
    const decoder = new TextDecoder();
    for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      if (ended) break;
    }
    const sorted = [...delays].sort((a, b) => a - b);
    const result = {
      measured_at: new Date().toISOString(),
      what: 'delay from a line printed by the job to its arrival at an SSE client through the BFF (ms)',
      lines_expected: LINES,
      lines_received: delays.length,
      api: API,
      poll_interval_ms: Number(POLL_MS),
      p50_ms: percentile(sorted, 50),
      p95_ms: percentile(sorted, 95),
      max_ms: sorted.at(-1) ?? NaN,
      mean_ms: Math.round(delays.reduce((a, b) => a + b, 0) / Math.max(1, delays.length)),
    };
    mkdirSync(`${root}reports`, { recursive: true });
    const report = `${root}reports/bench-log-latency${API === 'v2' ? '-v2' : ''}.json`;
    writeFileSync(report, JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
    if (delays.length !== LINES) process.exitCode = 1;
  } finally {
    bff.kill('SIGTERM');
    await emulator.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
