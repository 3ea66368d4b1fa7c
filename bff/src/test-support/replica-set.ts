import { randomBytes } from 'node:crypto';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { Redis } from 'ioredis';
import { freePort } from './nginx.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { spawnBff, type SpawnedBff } from './spawn-bff.js';
import { CSRF, DEMO } from './stack.js';

export interface Replica {
  name: string;
  url: string;
  running(): boolean;
  /** SIGTERM: a graceful shutdown (leases handed over, streams hung up). */
  stop(): Promise<void>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/**
 * A real emulator, a real redis-server and `n` BFF processes sharing it (REDIS_URL, one
 * SESSION_SECRET), each on a port of its own that a restart keeps: replicas without a balancer
 * (tests pick the replica; see cluster.ts for nginx in front).
 */
export async function startReplicaSet(
  n: number,
  o: { intervalMs: number; env?: Record<string, string> },
) {
  const redis: RedisServer = await startRedis();
  const emulator: SpawnedEmulator = await spawnEmulator();
  const secret = randomBytes(32).toString('hex');
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  const envOf = (i: number) => ({
    IAM_ENDPOINT: emulator.url,
    MODELARTS_ENDPOINT: emulator.url,
    REDIS_URL: redis.url,
    SESSION_SECRET: secret,
    REPLICA_ID: `r${i}`,
    PORT: String(ports[i]),
    LOG_POLL_INTERVAL_MS: String(o.intervalMs),
    HEARTBEAT_MS: '1000',
    ...o.env,
  });
  const procs: (SpawnedBff | undefined)[] = await Promise.all(
    ports.map((_, i) => spawnBff(envOf(i))),
  );
  const replicas: Replica[] = ports.map((port, i) => ({
    name: `r${i}`,
    url: `http://127.0.0.1:${port}`,
    running: () => procs[i] !== undefined,
    async stop() {
      const p = procs[i];
      procs[i] = undefined;
      await p?.stop();
    },
    async kill() {
      const p = procs[i];
      procs[i] = undefined;
      if (!p) return;
      const exited = new Promise((r) => p.child.once('exit', r));
      p.child.kill('SIGKILL');
      await exited;
    },
    async start() {
      procs[i] ??= await spawnBff(envOf(i));
    },
  }));
  const admin = new Redis(redis.url, { maxRetriesPerRequest: 1 });

  return {
    redis,
    admin,
    emulator,
    replicas,
    /** Replicas up now, in order. */
    alive: () => replicas.filter((r) => r.running()),
    async login(via: Replica = replicas[0]!): Promise<string> {
      const res = await fetch(`${via.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify(DEMO),
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    /** The replica polling a log now (its lease in Redis), if any. */
    async holder(): Promise<Replica | undefined> {
      const keys = await admin.keys('mac:tail:*:lease');
      const values = keys.length ? await admin.mget(...keys) : [];
      const name = values.find((v) => v)?.split('/')[0];
      return replicas.find((r) => r.name === name);
    },
    async stopAll() {
      admin.disconnect();
      await Promise.all(replicas.map((r) => r.stop()));
      await emulator.stop();
      await redis.stop();
    },
  };
}

export type ReplicaSet = Awaited<ReturnType<typeof startReplicaSet>>;
