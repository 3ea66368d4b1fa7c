import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { startRedis, type RedisServer } from './redis-server.js';
import { spawnBff, type SpawnedBff } from './spawn-bff.js';
import { CSRF } from './stack.js';

export const REPLICA_SECRET = 'replicas-share-this-session-secret-0123456789';
/** A user whose password is unmistakable in any dump. */
export const ANA = {
  domain: 'team',
  username: 'ana.replica',
  password: 'Unmistakable-P4ssw0rd-xyzzy',
  project: 'eu-de',
};

function usersFile(dir: string): string {
  const file = path.join(dir, 'users.json');
  const team = {
    name: ANA.domain,
    id: '1b2c3d4e5f60718293a4b5c6d7e8f901',
    users: [{ name: ANA.username, id: '2c3d4e5f60718293a4b5c6d7e8f90112', password: ANA.password }],
    projects: [{ name: ANA.project, id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4' }],
  };
  writeFileSync(file, JSON.stringify({ domains: [team] }));
  return file;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/**
 * Several BFF processes (`src/main.ts`, as `pnpm start` runs it) sharing one real redis-server
 * (REDIS_URL, SESSION_SECRET) in front of one real emulator.
 */
export async function startReplicas(count = 2, env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bff-replicas-'));
  const redis: RedisServer = await startRedis();
  const emulator: SpawnedEmulator = await spawnEmulator({
    env: { EMULATOR_USERS_FILE: usersFile(dir) },
  });
  const bffEnv = (i: number) => ({
    IAM_ENDPOINT: emulator.url,
    MODELARTS_ENDPOINT: emulator.url,
    REDIS_URL: redis.url,
    SESSION_SECRET: REPLICA_SECRET,
    REPLICA_ID: `replica-${i}`,
    READY_CACHE_MS: '0',
    ...env,
  });
  const bffs: SpawnedBff[] = await Promise.all(
    Array.from({ length: count }, (_, i) => spawnBff(bffEnv(i))),
  );

  const call = async (
    i: number,
    method: string,
    url: string,
    o: { cookie?: string; body?: unknown } = {},
  ): Promise<Answer> => {
    const res = await fetch(`${bffs[i]!.url}${url}`, {
      method,
      headers: {
        ...CSRF,
        ...(o.cookie ? { cookie: o.cookie } : {}),
        ...(o.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(o.body === undefined ? {} : { body: JSON.stringify(o.body) }),
    });
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = { text };
    }
    return { status: res.status, headers: res.headers, body };
  };

  return {
    redis,
    emulator,
    bffs,
    call,
    /** Signs in on replica `i`; the answer and the session cookie (`name=value`). */
    async signIn(i: number, who: Partial<typeof ANA> = {}) {
      const res = await fetch(`${bffs[i]!.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify({ ...ANA, ...who }),
      });
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { status: res.status, retryAfter: res.headers.get('retry-after'), cookie };
    },
    /** A v2 job search through the proxy with the cookie, on replica `i`. */
    jobs: (i: number, cookie: string) =>
      call(i, 'POST', '/api/v2/training-job-searches', { cookie, body: {} }),
    /** Stops replica `i` and starts a new process in its place (same Redis, same secret). */
    async restart(i: number) {
      await bffs[i]!.stop();
      bffs[i] = await spawnBff(bffEnv(i));
    },
    alive: (i: number) => bffs[i]!.child.exitCode === null && bffs[i]!.child.signalCode === null,
    async stop() {
      await Promise.all(bffs.map((b) => b.stop()));
      await emulator.stop();
      await redis.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Replicas = Awaited<ReturnType<typeof startReplicas>>;
