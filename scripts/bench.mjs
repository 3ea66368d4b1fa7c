// `pnpm bench`: every benchmark of the suite, one after another (each writes reports/bench-*.json),
// then the summary table (scripts/bench-summary.mjs). A benchmark that fails does not stop the
// others; the run exits 1 if any failed. Not part of CI (timings on a shared machine).
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['build (and the first-screen budget)', 'pnpm', ['build']],
  ['log latency v1 + v2, fan-out', 'pnpm', ['--filter', '@console/bff', 'bench']],
  ['emulator stalls', 'pnpm', ['--filter', '@console/emulator', 'bench']],
  ['proxy vs nginx', 'pnpm', ['--filter', '@console/bff', 'bench:proxy']],
  ['job list first row', 'pnpm', ['--filter', '@console/e2e', 'bench:list']],
  ['a 1,000,000-line log in Chromium', 'pnpm', ['--filter', '@console/e2e', 'bench:log']],
];

// The proxy benchmark drives both proxies with wrk (Debian's package, like nginx and Chromium:
// scripts/ensure-tools.sh --browser installs those for the tests).
if (spawnSync('wrk', ['--version']).error) {
  console.log('==> installing Debian wrk (the load generator of the proxy benchmark)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = [...sudo, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'wrk'];
  const r = spawnSync(install[0], install.slice(1), { stdio: 'inherit', env });
  if (r.status !== 0) console.error('could not install wrk: the proxy benchmark will fail');
}

const failed = [];
for (const [name, cmd, args] of STEPS) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failed.push(name);
}
spawnSync(process.execPath, ['scripts/bench-summary.mjs'], { stdio: 'inherit' });
if (failed.length) {
  console.error(`benchmarks that failed: ${failed.join(', ')}`);
  process.exit(1);
}
