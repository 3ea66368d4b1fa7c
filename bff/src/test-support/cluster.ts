import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { startBalancer, type Balancer } from './nginx-balancer.js';
import { freePort } from './nginx.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { spawnBff, type SpawnedBff } from './spawn-bff.js';

/** `<repo>/web/dist`, the built web app every replica serves. */
export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

export interface ClusterOptions {
  /** How many BFF replicas (default 2), named bff-a, bff-b, … (their REPLICA_ID). */
  replicas?: number;
  /** The load balancer's loopback port (default: a free one). */
  port?: number;
  /** One port per replica (default: free ones); a restarted replica comes back on its port. */
  replicaPorts?: readonly number[];
  redisPort?: number;
  emulatorPort?: number;
  /** The emulator's OBS service port (default: a free one). */
  emulatorObsPort?: number;
  /** `source` (default: src/main.ts through tsx, no build needed) or `built` (bff/dist/main.js). */
  entry?: 'source' | 'built';
  /** Extra environment of every replica (e.g. LOG_POLL_INTERVAL_MS), over the cluster's own. */
  env?: Record<string, string>;
  /** Extra environment of the emulator (its test control surface is on unless EMULATOR_CONTROL=0). */
  emulatorEnv?: Record<string, string>;
  /** Shared by all replicas (default: 48 random characters). */
  sessionSecret?: string;
  /** Every line a replica writes (stdout and stderr) once it is listening, e.g. to echo it. */
  onOutput?: (replicaId: string, line: string) => void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One BFF replica: a process on a fixed port, which can be stopped, killed and started again. */
export interface ClusterReplica {
  /** Its REPLICA_ID: `bff-a`, `bff-b`, … */
  readonly id: string;
  readonly port: number;
  /** Its own address, past the balancer: `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The current process id (undefined while stopped). */
  pid(): number | undefined;
  running(): boolean;
  /** The last 4,000 characters the current (or last) process wrote to stderr. */
  stderr(): string;
  /** SIGTERM (the BFF closes its streams and exits), waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would; waits for the exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port (nginx finds it there); nothing when it is running. */
  start(): Promise<void>;
  /** `stop()` then `start()`: a rolling restart of this one replica. */
  restart(): Promise<void>;
  /** Resolves when the current process exits (at once when none is running). */
  exited(): Promise<ExitInfo>;
}

export interface Cluster {
  /** The balancer's address, what a browser uses: `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  emulator: SpawnedEmulator;
  redis: RedisServer;
  balancer: Balancer;
  replicas: ClusterReplica[];
  /** The SESSION_SECRET every replica was given. */
  sessionSecret: string;
  /** Stops the balancer, the replicas, redis and the emulator; removes their temp folders. */
  stopAll(): Promise<void>;
}

const replicaId = (i: number) => `bff-${String.fromCharCode(97 + i)}`;

function waitExit(bff: SpawnedBff): Promise<ExitInfo> {
  const { child } = bff;
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
}

function echo(bff: SpawnedBff, id: string, onOutput: ClusterOptions['onOutput']): void {
  if (!onOutput) return;
  for (const stream of [bff.child.stdout, bff.child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => onOutput(id, line));
  }
}

function replica(
  id: string,
  port: number,
  env: Record<string, string>,
  opts: ClusterOptions,
): { replica: ClusterReplica; first: Promise<void> } {
  let current: SpawnedBff | undefined;
  let lastStderr = '';
  let starting: Promise<void> | undefined;
  const signal = async (sig: NodeJS.Signals) => {
    await starting?.catch(() => undefined); // a process still starting is stopped too
    const bff = current;
    if (!bff) return;
    if (bff.child.exitCode === null && bff.child.signalCode === null) bff.child.kill(sig);
    await waitExit(bff);
    lastStderr = bff.stderr();
    if (current === bff) current = undefined;
  };
  const start = () => {
    if (current && current.child.exitCode === null && current.child.signalCode === null) {
      return Promise.resolve();
    }
    starting ??= spawnBff({ ...env, PORT: String(port) }, { entry: opts.entry ?? 'source' })
      .then((bff) => {
        current = bff;
        echo(bff, id, opts.onOutput);
      })
      .finally(() => (starting = undefined));
    return starting;
  };
  const self: ClusterReplica = {
    id,
    port,
    url: `http://127.0.0.1:${port}`,
    pid: () => current?.child.pid,
    running: () =>
      !!current && current.child.exitCode === null && current.child.signalCode === null,
    stderr: () => current?.stderr() ?? lastStderr,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    start,
    async restart() {
      await signal('SIGTERM');
      await start();
    },
    exited: () => (current ? waitExit(current) : Promise.resolve({ code: null, signal: null })),
  };
  return { replica: self, first: start() };
}

/**
 * Several BFF replicas on one Redis behind nginx, all on loopback, as production runs them:
 * the emulator (sample data, its own temp folder), one redis-server (its own port and folder,
 * nothing persisted), N BFF processes (each on its own port, with REDIS_URL, one shared
 * SESSION_SECRET, REPLICA_ID=bff-a/bff-b/…, WEB_DIST, TRUST_PROXY=1) and nginx balancing plain
 * http over them (`nginx-balancer.ts`). Fails clearly when redis-server or nginx is missing.
 *
 * ```ts
 * const cluster = await startCluster({ replicas: 2 });
 * await fetch(`${cluster.url}/api/health`);       // through nginx
 * await cluster.replicas[0]!.restart();             // SIGTERM, then again on the same port
 * await cluster.replicas[1]!.kill();                // SIGKILL: a crash
 * await cluster.stopAll();
 * ```
 */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const count = opts.replicas ?? 2;
  if (count < 1) throw new Error('a cluster needs at least one replica');
  if (opts.replicaPorts && opts.replicaPorts.length !== count) {
    throw new Error(`replicaPorts names ${opts.replicaPorts.length} ports for ${count} replicas`);
  }
  const sessionSecret = opts.sessionSecret ?? randomBytes(36).toString('base64url');
  const cleanup: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of cleanup.reverse()) await stop().catch(() => undefined);
    cleanup.length = 0;
  };
  try {
    const emulator = await spawnEmulator({
      ...(opts.emulatorPort !== undefined ? { port: opts.emulatorPort } : {}),
      ...(opts.emulatorObsPort !== undefined ? { obsPort: opts.emulatorObsPort } : {}),
      ...(opts.emulatorEnv ? { env: opts.emulatorEnv } : {}),
    });
    cleanup.push(() => emulator.stop());
    const redis = await startRedis(opts.redisPort);
    cleanup.push(async () => {
      await redis.stop();
      fs.rmSync(redis.dir, { recursive: true, force: true });
    });
    const env = {
      IAM_ENDPOINT: emulator.url,
      MODELARTS_ENDPOINT: emulator.url,
      REDIS_URL: redis.url,
      SESSION_SECRET: sessionSecret,
      WEB_DIST,
      TRUST_PROXY: '1',
      ...opts.env,
    };
    const ports = opts.replicaPorts ?? (await Promise.all(Array.from({ length: count }, freePort)));
    const started = ports.map((port, i) =>
      replica(replicaId(i), port, { ...env, REPLICA_ID: replicaId(i) }, opts),
    );
    const replicas = started.map((s) => s.replica);
    cleanup.push(async () => {
      await Promise.all(replicas.map((r) => r.stop()));
    });
    await Promise.all(started.map((s) => s.first));
    const balancer = await startBalancer({
      port: opts.port ?? (await freePort()),
      backends: replicas.map((r) => r.url),
    });
    cleanup.push(() => balancer.stop());
    return {
      url: balancer.url,
      port: balancer.port,
      emulator,
      redis,
      balancer,
      replicas,
      sessionSecret,
      stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
