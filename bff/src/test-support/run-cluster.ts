// `pnpm start:cluster` (scripts/start-cluster.mjs) and the e2e cluster run: several BFF replicas on
// one Redis behind nginx on loopback (cluster.ts). A replica that exits for any reason — a crash,
// `kill -TERM <pid>` — is started again on its port, so `kill -TERM` shows a rolling restart; stdin
// takes `restart bff-a`, `kill bff-a` (SIGKILL), `status`. Ctrl-C / SIGTERM stops everything.
//
// Environment: CLUSTER_PORT (8080), CLUSTER_REPLICAS (2), CLUSTER_REPLICA_PORTS ("p1,p2"; default
// free ports), CLUSTER_REDIS_PORT, CLUSTER_EMULATOR_PORT (default free ports), CLUSTER_ENTRY
// (built | source; default built), CLUSTER_STATE_FILE (a JSON file of the replicas' ports and pids,
// rewritten on every start, for tests), EMULATOR_CONTROL (0; 1 for tests), LOG_LEVEL (warn).
import fs from 'node:fs';
import { createInterface } from 'node:readline';
import { startCluster, type Cluster, type ClusterReplica } from './cluster.js';

const env = process.env;
const num = (name: string) => (env[name] ? Number(env[name]) : undefined);
const replicaPorts = env.CLUSTER_REPLICA_PORTS?.split(',').map(Number);
const stateFile = env.CLUSTER_STATE_FILE;
let stopping = false;
let cluster: Cluster | undefined;

const say = (line: string): void => void process.stdout.write(`[cluster] ${line}\n`);

function writeState(): void {
  if (!stateFile || !cluster) return;
  const state = {
    url: cluster.url,
    emulator: cluster.emulator.url,
    redis: cluster.redis.url,
    replicas: cluster.replicas.map((r) => ({ id: r.id, port: r.port, url: r.url, pid: r.pid() })),
  };
  fs.writeFileSync(`${stateFile}.tmp`, JSON.stringify(state, null, 2));
  fs.renameSync(`${stateFile}.tmp`, stateFile);
}

/** Starts a replica again whenever it exits, until the cluster stops (backs off on failures). */
async function keepRunning(r: ClusterReplica): Promise<void> {
  let failures = 0;
  while (!stopping) {
    const exit = await r.exited();
    // a signal to the whole process group (Ctrl-C) may reach the replica before this process
    await new Promise((done) => setTimeout(done, 250));
    if (stopping) return;
    if (!r.running()) {
      say(`${r.id} exited (${exit.signal ?? `code ${exit.code}`}); starting it again on ${r.port}`);
    }
    try {
      await r.start();
      failures = 0;
      writeState();
      if (!stopping) say(`${r.id} is listening again on ${r.url} (pid ${r.pid()})`);
    } catch (err) {
      failures += 1;
      say(`${r.id} did not start (${(err as Error).message.split('\n')[0]})`);
      if (failures >= 5) return say(`${r.id}: giving up after 5 attempts; the others go on`);
      await new Promise((done) => setTimeout(done, 500 * 2 ** failures));
    }
  }
}

function printHelp(c: Cluster): void {
  say(`ModelArts Console (${c.replicas.length} replicas) is ready at ${c.url}`);
  say('Log in with domain "demo", user "demo", password "demo", project "eu-de".');
  for (const r of c.replicas) say(`  ${r.id}: ${r.url} (pid ${r.pid()})`);
  say(`  redis: ${c.redis.url}   emulator: ${c.emulator.url}`);
  say(
    'A replica that exits is started again on its port: `kill -TERM <pid>` is a rolling restart.',
  );
  say('Type `restart bff-a`, `kill bff-a` (SIGKILL) or `status` here; Ctrl-C stops everything.');
}

async function command(line: string): Promise<void> {
  const [verb, id] = line.trim().split(/\s+/);
  if (!cluster || !verb) return;
  if (verb === 'status') {
    for (const r of cluster.replicas) {
      say(`${r.id}: ${r.url} ${r.running() ? `pid ${r.pid()}` : 'stopped'}`);
    }
    return;
  }
  const r = cluster.replicas.find((x) => x.id === id);
  if (!r || (verb !== 'restart' && verb !== 'kill')) {
    return say('commands: restart <replica>, kill <replica>, status');
  }
  if (verb === 'kill') await r.kill();
  else await r.restart();
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  if (!cluster) return; // still starting: main() stops what it started
  await cluster.stopAll();
  if (stateFile) fs.rmSync(stateFile, { force: true });
  process.exit(code);
}

async function main(): Promise<void> {
  const onOutput = (id: string, line: string) => process.stdout.write(`[${id}] ${line}\n`);
  cluster = await startCluster({
    replicas: num('CLUSTER_REPLICAS') ?? replicaPorts?.length ?? 2,
    port: num('CLUSTER_PORT') ?? 8080,
    ...(replicaPorts ? { replicaPorts } : {}),
    ...(num('CLUSTER_REDIS_PORT') ? { redisPort: num('CLUSTER_REDIS_PORT') } : {}),
    ...(num('CLUSTER_EMULATOR_PORT') ? { emulatorPort: num('CLUSTER_EMULATOR_PORT') } : {}),
    entry: env.CLUSTER_ENTRY === 'source' ? 'source' : 'built',
    env: { LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    emulatorEnv: { EMULATOR_CONTROL: env.EMULATOR_CONTROL ?? '0' },
    onOutput,
  });
  if (stopping) {
    await cluster.stopAll();
    process.exit(0);
  }
  writeState();
  printHelp(cluster);
  for (const r of cluster.replicas) void keepRunning(r);
  createInterface({ input: process.stdin }).on('line', (line) => {
    command(line).catch((err: Error) => say(err.message));
  });
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void stop(0));
main().catch((err: Error) => {
  // startCluster stopped whatever it had started
  process.stderr.write(`[cluster] could not start: ${err.message}\n`);
  process.exit(1);
});
