// `pnpm start:cluster`: the console as several replicas would run in production, on loopback — the
// emulator with its sample data, one redis-server, two BFF replicas (the built bff/dist/main.js,
// REDIS_URL, one generated SESSION_SECRET, REPLICA_ID bff-a / bff-b) and Debian's nginx as the load
// balancer on CLUSTER_PORT (8080). Builds first when a build is missing (`--build` always builds).
// The topology itself is bff/src/test-support/cluster.ts, run by run-cluster.ts (see its header for
// the settings); a replica that exits is started again, so `kill -TERM <pid>` is a rolling restart.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const needed = ['shared/dist', 'bff/dist/main.js', 'web/dist/index.html'];
if (process.argv.includes('--build') || needed.some((p) => !existsSync(`${root}${p}`))) {
  console.log('[cluster] building (pnpm build)…');
  const built = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
for (const tool of ['/usr/sbin/nginx', '/usr/bin/redis-server']) {
  if (!existsSync(tool)) {
    console.error(`[cluster] ${tool} is missing: apt-get install -y nginx redis-server`);
    process.exit(1);
  }
}

const child = spawn(
  process.execPath,
  ['--conditions=@console/source', '--import', 'tsx', 'src/test-support/run-cluster.ts'],
  { cwd: `${root}bff`, stdio: 'inherit', env: { ...process.env, CLUSTER_ENTRY: 'built' } },
);
// Ctrl-C reaches the child from the terminal as well; it stops everything and exits.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
