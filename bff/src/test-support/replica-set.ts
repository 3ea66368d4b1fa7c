import { Redis } from 'ioredis';
import { startCluster, type ClusterOptions, type ClusterReplica } from './cluster.js';
import { CSRF, DEMO } from './stack.js';

export type Replica = ClusterReplica;

/** Fixed ports for the cluster's processes (default: free ones the OS picks). */
export type ClusterPorts = Pick<
  ClusterOptions,
  'port' | 'replicaPorts' | 'redisPort' | 'emulatorPort' | 'emulatorObsPort'
>;

/**
 * The cluster's ports from `base` on, when given: balancer, redis, emulator, its OBS service, then
 * one per replica (`base` … `base + 3 + n`), e.g. a bench's BENCH_PORT_BASE on a shared machine.
 */
export function portsFrom(base: number | undefined, n: number): ClusterPorts {
  if (base === undefined) return {};
  return {
    port: base,
    redisPort: base + 1,
    emulatorPort: base + 2,
    emulatorObsPort: base + 3,
    replicaPorts: Array.from({ length: n }, (_, i) => base + 4 + i),
  };
}

/**
 * The cluster (emulator, redis-server, `n` BFF processes, Debian's nginx balancing them) with what
 * the replica tests ask of it: sign in, which replica polls a log (its lease in Redis), which are
 * up. Browsers go through `url` (nginx); a test may also address a replica directly.
 */
export async function startReplicaSet(
  n: number,
  o: {
    intervalMs: number;
    env?: Record<string, string>;
    ports?: ClusterPorts;
    entry?: ClusterOptions['entry'];
  },
) {
  const cluster = await startCluster({
    ...o.ports,
    ...(o.entry ? { entry: o.entry } : {}),
    replicas: n,
    env: { LOG_POLL_INTERVAL_MS: String(o.intervalMs), HEARTBEAT_MS: '1000', ...o.env },
  });
  const admin = new Redis(cluster.redis.url, { maxRetriesPerRequest: 1 });
  admin.on('error', () => undefined);

  return {
    ...cluster,
    admin,
    /** Replicas up now, in order. */
    alive: () => cluster.replicas.filter((r) => r.running()),
    /** Signs in (through the balancer unless told otherwise); returns the session cookie. */
    async login(via: string = cluster.url): Promise<string> {
      const res = await fetch(`${via}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify(DEMO),
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    /** The replica polling a log now (the REPLICA_ID in its lease), if any. */
    async holder(): Promise<Replica | undefined> {
      const keys = await admin.keys('mac:tail:*:lease');
      const values = keys.length ? await admin.mget(...keys) : [];
      const id = values.find((v) => v)?.split('/')[0];
      return cluster.replicas.find((r) => r.id === id);
    },
    async stopAll() {
      admin.disconnect();
      await cluster.stopAll();
    },
  };
}

export type ReplicaSet = Awaited<ReturnType<typeof startReplicaSet>>;
