/**
 * Benchmark (issue 10): 1,000 SSE viewers of one running job over 2 BFF replicas sharing a real
 * redis-server. Measures upstream log reads per poll interval (counted at the emulator), each
 * replica's resident memory per viewer (divided by the streams it holds, over a baseline taken
 * after a full GC), and the delay from a line printed by the job to its arrival at a viewer.
 * Writes reports/bench-fan-out.json. BENCH_VIEWERS, BENCH_REPLICAS and LOG_POLL_INTERVAL_MS change
 * the shape; BENCH_PORT_BASE fixes the ports (balancer, redis, emulator, OBS, replicas from there
 * on); BENCH_ENTRY=built runs bff/dist (`pnpm build` first) as production does, else the sources
 * through tsx; BENCH_KILL_HOLDER=1 SIGKILLs the polling replica halfway and measures the takeover
 * (reports/bench-fan-out-kill.json). The CI smoke: fan-out-bench.int.test.ts. What one idle viewer
 * holds, by constructor: viewer-heap.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runFanOut } from './fan-out-run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function main() {
  const result = await runFanOut({
    viewers: Number(process.env.BENCH_VIEWERS ?? 1000),
    replicas: Number(process.env.BENCH_REPLICAS ?? 2),
    intervalMs: Number(process.env.LOG_POLL_INTERVAL_MS ?? 500),
    lines: Number(process.env.BENCH_LINES ?? 300),
    linesPerSecond: 20,
    warmupSeconds: Number(process.env.BENCH_WARMUP_S ?? 20),
    killHolder: process.env.BENCH_KILL_HOLDER === '1',
    ...(process.env.BENCH_PORT_BASE ? { portBase: Number(process.env.BENCH_PORT_BASE) } : {}),
    ...(process.env.BENCH_ENTRY === 'built' ? { entry: 'built' as const } : {}),
  });
  mkdirSync(`${root}reports`, { recursive: true });
  const name = process.env.BENCH_KILL_HOLDER === '1' ? 'bench-fan-out-kill' : 'bench-fan-out';
  writeFileSync(`${root}reports/${name}.json`, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
  if (result.viewers_complete !== result.viewers) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
