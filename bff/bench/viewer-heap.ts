/**
 * What an idle live-log viewer holds in a BFF replica: heap snapshots (after V8's collection) of a
 * replica with BENCH_FROM viewers (default 100) and BENCH_TO viewers (default 600) of one v1 job
 * that prints nothing, and again once they all left; prints the per-viewer difference grouped by
 * constructor (top BENCH_TOP, default 40). No RSS: writing a snapshot grows the process by itself
 * (fan-out.ts measures RSS). One replica behind nginx with a real redis-server, as in fan-out.ts;
 * BENCH_PORT_BASE fixes the ports; BENCH_ENTRY=built runs bff/dist (`pnpm build` first) as
 * production does, else the sources through tsx; BENCH_KEEP_SNAPSHOTS=1 keeps the snapshots.
 * Writes reports/viewer-heap.json.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeObsFile } from '@console/emulator/testing';
import { portsFrom, startReplicaSet } from '../src/test-support/replica-set.js';
import { roamingViewer, type RoamingViewer } from '../src/test-support/roaming-viewer.js';
import { CSRF } from '../src/test-support/stack.js';
import { diffHeapSummaries, summarizeHeapSnapshot } from './heap-snapshot-summary.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PROBE = fileURLToPath(new URL('./heap-snapshot-probe.mjs', import.meta.url));
const from = Number(process.env.BENCH_FROM ?? 100);
const to = Number(process.env.BENCH_TO ?? 600);
const top = Number(process.env.BENCH_TOP ?? 40);
const base = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : undefined;

const until = async (ok: () => boolean) => {
  while (!ok()) await new Promise((r) => setTimeout(r, 50));
};

/** A heap snapshot of the process (heap-snapshot-probe.mjs), kept as `<dir>/<name>.heapsnapshot`. */
async function snapshot(pid: number, dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${pid}.heapsnapshot`);
  rmSync(file, { force: true });
  process.kill(pid, 'SIGWINCH');
  await until(() => existsSync(file));
  const kept = path.join(dir, `${name}.heapsnapshot`);
  renameSync(file, kept);
  return kept;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'viewer-heap-'));
  const set = await startReplicaSet(1, {
    intervalMs: 500,
    ports: portsFrom(base, 1),
    entry: process.env.BENCH_ENTRY === 'built' ? 'built' : 'source',
    env: {
      MAX_STREAMS_PER_SESSION: String(to + 10),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${PROBE}`.trim(),
      HEAP_PROBE_DIR: dir,
    },
  });
  const viewers: RoamingViewer[] = [];
  try {
    writeObsFile(set.emulator.dataDir, '/bench/idle/sleeper.py', 'import time\ntime.sleep(600)\n');
    writeObsFile(set.emulator.dataDir, '/bench/data/readme.txt', 'no data\n');
    const cookie = await set.login();
    const res = await fetch(`${set.url}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'viewer_heap',
        config: {
          worker_server_num: 1,
          app_url: '/bench/idle/',
          boot_file_url: '/bench/idle/sleeper.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/bench/data/',
          train_url: '/bench/out/',
        },
      }),
    });
    const job = (await res.json()) as { job_id: number; version_id: number };
    const logPath = `/api/logs/v1/${job.job_id}/${job.version_id}?log_file=job-viewer-heap.0`;
    const pid = set.replicas[0]!.pid()!;
    const connect = async (n: number) => {
      while (viewers.length < n) {
        viewers.push(roamingViewer({ path: logPath, cookie, base: () => set.url }));
      }
      await until(() => viewers.every((v) => v.openedAt || v.errors.length));
      const errors = viewers.flatMap((v) => v.errors);
      if (errors.length) throw new Error(`viewers failed: ${errors.slice(0, 3).join('; ')}`);
    };
    await connect(from);
    const a = summarizeHeapSnapshot(await snapshot(pid, dir, 'from'));
    await connect(to);
    const b = summarizeHeapSnapshot(await snapshot(pid, dir, 'to'));
    for (const v of viewers) v.stop();
    await Promise.all(viewers.map((v) => v.done));
    const streams = async () =>
      Number(
        /^console_sse_streams_open (\d+)/m.exec(
          await (await fetch(`${set.replicas[0]!.url}/metrics`)).text(),
        )?.[1],
      );
    while ((await streams()) > 0) await new Promise((r) => setTimeout(r, 50));
    const c = summarizeHeapSnapshot(await snapshot(pid, dir, 'left'));
    const total = (m: Map<string, { bytes: number }>) =>
      [...m.values()].reduce((s, g) => s + g.bytes, 0);
    const units = to - from;
    const result = {
      measured_at: new Date().toISOString(),
      from,
      to,
      heap_per_viewer_bytes: Math.round((total(b) - total(a)) / units),
      heap_left_after_all_left_bytes: total(c) - total(a),
      per_viewer: diffHeapSummaries(a, b, units, top),
      left_after_all_left: diffHeapSummaries(a, c, 1, 15),
    };
    mkdirSync(`${root}reports`, { recursive: true });
    writeFileSync(`${root}reports/viewer-heap.json`, JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    for (const v of viewers) v.stop();
    await set.stopAll();
    if (process.env.BENCH_KEEP_SNAPSHOTS !== '1') rmSync(dir, { recursive: true, force: true });
    else console.log(`snapshots in ${dir}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
