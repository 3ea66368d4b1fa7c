import fs from 'node:fs';
import { tokenBody } from './test-support.js';
import type { SpawnedEmulator } from './testing.js';

/** Tiny fetch client for tests against a spawned emulator process. */
export interface TestClient {
  token: string;
  get(path: string): Promise<{ status: number; body: Record<string, unknown> }>;
  send(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Polls version details until `done(status)` or the timeout. */
  waitStatus(
    jobId: number,
    versionId: number,
    done: (s: number) => boolean,
    timeoutMs?: number,
  ): Promise<number[]>;
}

export async function connect(emu: SpawnedEmulator): Promise<TestClient> {
  const login = await fetch(`${emu.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(tokenBody()),
  });
  const token = login.headers.get('x-subject-token') ?? '';
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.url}/v1/${emu.projectId}${path}`, {
      method,
      headers: { 'x-auth-token': token, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return {
    token,
    send,
    get: (path) => send('GET', path),
    async waitStatus(jobId, versionId, done, timeoutMs = 20_000) {
      const seen: number[] = [];
      const until = Date.now() + timeoutMs;
      for (;;) {
        const { body } = await send('GET', `/training-jobs/${jobId}/versions/${versionId}`);
        const status = Number(body.status);
        if (seen.at(-1) !== status) seen.push(status);
        if (done(status)) return seen;
        if (Date.now() > until)
          throw new Error(`status still ${status} (seen ${seen.join(' → ')})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** True while `pid` runs; a zombie (exited, not yet reaped by its parent or init) counts as dead. */
export const isAlive = (pid: number): boolean => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

/** Waits up to `ms` for every pid to be gone; returns the ones still alive. */
export async function waitDead(pids: number[], ms = 3000): Promise<number[]> {
  const until = Date.now() + ms;
  while (pids.some(isAlive) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(isAlive);
}
