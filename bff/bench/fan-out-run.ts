import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeObsFile } from '@console/emulator/testing';
import { portsFrom, startReplicaSet } from '../src/test-support/replica-set.js';
import { roamingViewer } from '../src/test-support/roaming-viewer.js';
import { CSRF } from '../src/test-support/stack.js';

export interface FanOutShape {
  viewers: number;
  replicas: number;
  intervalMs: number;
  lines: number;
  linesPerSecond: number;
  /** Seconds the job waits before printing (viewers attach meanwhile). */
  warmupSeconds: number;
  /** SIGKILL the replica polling the log halfway through (its viewers move to the others). */
  killHolder?: boolean;
  /** The cluster's first port (balancer, redis, emulator, OBS, replicas); default: free ones. */
  portBase?: number;
  /** `built`: the replicas run bff/dist with plain node, as production; default the sources (tsx). */
  entry?: 'source' | 'built';
}

/** A job's own line (the emulator adds "[ModelArts Service Log]…" lines). */
const TICK = /^TICK \d+ (\d+)$/;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const metricsText = (url: string) =>
  fetch(`${url}/metrics`)
    .then((r) => r.text())
    .catch(() => ''); // a replica killed on purpose

const gauge = (text: string, name: string) => {
  const m = new RegExp(`^${name} (\\d+(?:\\.\\d+)?(?:e\\+\\d+)?)$`, 'm').exec(text);
  return m ? Number(m[1]) : NaN;
};

async function residentBytes(url: string): Promise<number> {
  return gauge(await metricsText(url), 'process_resident_memory_bytes');
}

/** The JS heap in use (live objects and garbage not yet collected) and memory held outside it. */
async function heapBytes(url: string): Promise<number> {
  const text = await metricsText(url);
  return gauge(text, 'nodejs_heap_size_used_bytes') + gauge(text, 'nodejs_external_memory_bytes');
}

const PROBE = fileURLToPath(new URL('./heap-after-gc-probe.mjs', import.meta.url));

/** Heap in use after a full GC in a replica (heap-after-gc-probe.mjs), in bytes. */
async function heapAfterGc(pid: number | undefined, dir: string): Promise<number> {
  if (pid === undefined) return NaN;
  const file = path.join(dir, `${pid}.json`);
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 25));
  if (!existsSync(file)) return NaN;
  const m = JSON.parse(readFileSync(file, 'utf8')) as { heapUsed: number; external: number };
  return m.heapUsed + m.external;
}

/** Runs the fan-out: `viewers` followers of one job spread evenly over `replicas` BFF processes. */
export async function runFanOut(shape: FanOutShape) {
  const probeDir = mkdtempSync(path.join(os.tmpdir(), 'fan-out-heap-'));
  const set = await startReplicaSet(shape.replicas, {
    intervalMs: shape.intervalMs,
    ports: portsFrom(shape.portBase, shape.replicas),
    ...(shape.entry ? { entry: shape.entry } : {}),
    env: {
      MAX_STREAMS_PER_SESSION: String(shape.viewers + 10),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --import ${PROBE}`.trim(),
      HEAP_PROBE_DIR: probeDir,
    },
  });
  const gcHeaps = () => Promise.all(set.replicas.map((r) => heapAfterGc(r.pid(), probeDir)));
  try {
    // The job waits a little before its first line, so that viewers are attached when it prints.
    const script = `import time
time.sleep(${shape.warmupSeconds})
for i in range(1, ${shape.lines} + 1):
    print(f"TICK {i} {int(time.time() * 1000)}", flush=True)
    time.sleep(${1 / shape.linesPerSecond})
`;
    writeObsFile(set.emulator.dataDir, '/bench/fan/ticker.py', script);
    writeObsFile(set.emulator.dataDir, '/bench/data/readme.txt', 'no data\n');
    const cookie = await set.login();
    const res = await fetch(`${set.replicas[0]!.url}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'bench_fan_out',
        config: {
          worker_server_num: 1,
          app_url: '/bench/fan/',
          boot_file_url: '/bench/fan/ticker.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/bench/data/',
          train_url: '/bench/out/',
        },
      }),
    });
    const job = (await res.json()) as { job_id: number; version_id: number };
    const path = `/api/logs/v1/${job.job_id}/${job.version_id}?log_file=job-bench-fan-out.0`;
    await fetch(`${set.emulator.url}/__control/requests`, { method: 'DELETE' });
    // The baseline once the job exists (its creation, a replica's first proxied call, is no
    // viewer's), resident memory after a full GC: its lowest, so that what idle viewers add (with
    // whatever garbage they leave) is never hidden by garbage of the moment before.
    const heapBefore = await Promise.all(set.replicas.map((r) => heapBytes(r.url)));
    const gcHeapBefore = await gcHeaps();
    const memBefore = await Promise.all(set.replicas.map((r) => residentBytes(r.url)));
    // Delays count only lines printed once every viewer was attached (no catch-up replay).
    const delays: { printedAt: number; delay: number }[] = [];
    let peakMem: number[] = [];
    const startedAt = Date.now();
    const viewers = Array.from({ length: shape.viewers }, () =>
      roamingViewer({
        path,
        cookie,
        base: () => set.url,
        onLines: (lines) => {
          const now = Date.now();
          for (const l of lines) {
            const m = TICK.exec(l);
            if (m) delays.push({ printedAt: Number(m[1]), delay: now - Number(m[1]) });
          }
        },
      }),
    );
    const sampler = setInterval(() => {
      void Promise.all(set.replicas.map((r) => residentBytes(r.url))).then((m) => {
        if (m.some((b) => Number.isNaN(b))) return;
        if (m.reduce((a, b) => a + b, 0) > peakMem.reduce((a, b) => a + b, 0)) peakMem = m;
      });
    }, 1000);
    // Idle: every viewer attached, the job not printing yet (it sleeps warmupSeconds first).
    const waiting = () => viewers.some((v) => !v.openedAt && v.errors.length === 0);
    while (waiting()) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 2_000));
    const printing = viewers.some((v) => v.lines.some((l) => TICK.test(l)));
    const idleMem = await Promise.all(set.replicas.map((r) => residentBytes(r.url)));
    // The streams each replica holds (the balancer's split), what per-viewer figures divide by.
    const idleStreams = await Promise.all(
      set.replicas.map(async (r) => gauge(await metricsText(r.url), 'console_sse_streams_open')),
    );
    const idleHeap = await Promise.all(set.replicas.map((r) => heapBytes(r.url)));
    const gcIdleHeap = await gcHeaps();
    const idleMemAfterGc = await Promise.all(set.replicas.map((r) => residentBytes(r.url)));
    let killedAt = 0;
    if (shape.killHolder) {
      while (viewers[0]!.lines.filter((l) => TICK.test(l)).length < shape.lines / 2) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const holder = await set.holder();
      killedAt = Date.now();
      await holder?.kill();
    }
    await Promise.all(viewers.map((v) => v.done));
    clearInterval(sampler);
    const allAttached = Math.max(...viewers.map((v) => v.openedAt || Infinity));
    const reqs = (await (await fetch(`${set.emulator.url}/__control/requests`)).json()) as {
      requests: { path: string; query: Record<string, string>; at: string }[];
    };
    // Status reads while viewers attached: the viewers' access checks, and the pollers' own (a
    // poller reads the status at its start and then rarely while lines flow): an upper bound.
    const inAttach = reqs.requests.filter(
      (r) => Date.parse(r.at) >= startedAt && Date.parse(r.at) <= allAttached,
    );
    const versionPath = `/training-jobs/${job.job_id}/versions/${job.version_id}`;
    const accessReads = inAttach.filter((r) => r.path.endsWith(versionPath)).length;
    const reads = reqs.requests
      .filter((r) => r.path.endsWith('/aom-log') && r.query.base_line && r.query.order === 'desc')
      .map((r) => Date.parse(r.at))
      .sort((a, b) => a - b);
    const span = (reads.at(-1) ?? 0) - (reads[0] ?? 0);
    const resumedAt = reads.find((t) => t > killedAt) ?? NaN;
    const live = delays.filter((d) => d.printedAt >= allAttached).map((d) => d.delay);
    const sorted = live.sort((a, b) => a - b);
    const perReplica = (i: number) => idleStreams[i] || shape.viewers / shape.replicas;
    const perViewer = peakMem.map((m, i) => (m - memBefore[i]!) / perReplica(i));
    const perIdleViewer = idleMem.map((m, i) => (m - memBefore[i]!) / perReplica(i));
    return {
      measured_at: new Date().toISOString(),
      ...shape,
      viewers_complete: viewers.filter(
        (v) => v.ended && v.lines.filter((l) => TICK.test(l)).length === shape.lines,
      ).length,
      seconds_to_attach_all: Number(((allAttached - startedAt) / 1000).toFixed(1)),
      access_check_status_reads: accessReads,
      idle_streams_per_replica: idleStreams,
      viewer_errors: viewers.reduce((n, v) => n + v.errors.length, 0),
      first_viewer_errors: [...new Set(viewers.flatMap((v) => v.errors))].slice(0, 5),
      upstream_forward_reads: reads.length,
      poll_intervals_in_span: Math.round(span / shape.intervalMs),
      upstream_reads_per_interval: Number(
        (reads.length / Math.max(1, span / shape.intervalMs)).toFixed(3),
      ),
      bff_memory_per_viewer_kib: perViewer.map((b) => Math.round(b / 1024)),
      bff_memory_per_idle_viewer_kib: printing
        ? 'not measured: the job printed before every viewer was attached'
        : perIdleViewer.map((b) => Math.round(b / 1024)),
      bff_heap_per_idle_viewer_kib: idleHeap.map((b, i) =>
        Math.round((b - heapBefore[i]!) / perReplica(i) / 1024),
      ),
      bff_heap_after_gc_per_idle_viewer_kib: gcIdleHeap.map((b, i) =>
        Number(((b - gcHeapBefore[i]!) / perReplica(i) / 1024).toFixed(1)),
      ),
      bff_memory_per_idle_viewer_after_gc_kib: idleMemAfterGc.map((m, i) =>
        Math.round((m - memBefore[i]!) / perReplica(i) / 1024),
      ),
      delay_p50_ms: percentile(sorted, 50),
      delay_p95_ms: percentile(sorted, 95),
      delay_max_ms: sorted.at(-1) ?? NaN,
      lines_received: delays.length,
      ...(shape.killHolder
        ? {
            takeover_ms: resumedAt - killedAt,
            takeover_poll_intervals: Number(((resumedAt - killedAt) / shape.intervalMs).toFixed(2)),
            viewers_reconnected: viewers.filter((v) => v.connections > 1).length,
          }
        : {}),
      lines_timed_live: live.length,
    };
  } finally {
    await set.stopAll();
    rmSync(probeDir, { recursive: true, force: true });
  }
}
