/**
 * Benchmark (issue 14): does the emulator stall? 10,000 seeded jobs (5k v1 + 5k v2) and 1,000
 * stored tokens; (a) 5 jobs running: GET p99 over 20 s of steady requests (target ≤ 20 ms);
 * (b) 50 jobs started at once: GET max while they start (target ≤ 500 ms). Three runs; writes
 * reports/bench-emulator-stalls.json (min/median/max of each figure, and every run).
 * BENCH_RUNS, BENCH_STEADY_MS, BENCH_JOBS (per API) and BENCH_BURST scale it down.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runStallScenario, type StallResult } from './stall-scenario.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const JOBS = Number(process.env.BENCH_JOBS ?? 5000);
const options = {
  v1Jobs: JOBS,
  v2Jobs: JOBS,
  tokens: 1000,
  running: 5,
  burst: Number(process.env.BENCH_BURST ?? 50),
  steadyMs: Number(process.env.BENCH_STEADY_MS ?? 20_000),
  rate: 100,
};
const root = fileURLToPath(new URL('../../', import.meta.url));

const spread = (values: Array<number | null>) => {
  const s = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return { min: s[0] ?? null, median: s[Math.floor(s.length / 2)] ?? null, max: s.at(-1) ?? null };
};

async function main() {
  const runs: StallResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await runStallScenario(options);
    console.log(`run ${i + 1}/${RUNS}: ${JSON.stringify(r)}`);
    runs.push(r);
  }
  const result = {
    measured_at: new Date().toISOString(),
    what: 'trivial GET latency (open loop, 100/s) of an emulator holding many jobs (ms)',
    options,
    targets: { steady_p99_ms: 20, burst_max_ms: 500 },
    steady_p99_ms: spread(runs.map((r) => r.steady.p99_ms)),
    steady_max_ms: spread(runs.map((r) => r.steady.max_ms)),
    burst_max_ms: spread(runs.map((r) => r.burst.max_ms)),
    burst_p99_ms: spread(runs.map((r) => r.burst.p99_ms)),
    burst_all_running_ms: spread(runs.map((r) => r.burst.all_running_ms)),
    startup_ms: spread(runs.map((r) => r.startup_ms)),
    restart_ms: spread(runs.map((r) => r.restart_ms)),
    runs,
  };
  mkdirSync(`${root}reports`, { recursive: true });
  writeFileSync(
    `${root}reports/bench-emulator-stalls.json`,
    JSON.stringify(result, null, 2) + '\n',
  );
  console.log(JSON.stringify({ ...result, runs: undefined }, null, 2));
  const lost = runs.some(
    (r) =>
      r.listed.v1 + r.listed.v2 !== r.after_restart.v1 + r.after_restart.v2 ||
      r.steady.errors + r.burst.errors > 0,
  );
  if (lost) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
