import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { CLUSTER_STATE_FILE } from './ports.js';

interface ReplicaState {
  id: string;
  port: number;
  url: string;
  pid: number;
}

export function replicas(): ReplicaState[] {
  const state = JSON.parse(readFileSync(CLUSTER_STATE_FILE, 'utf8')) as {
    replicas: ReplicaState[];
  };
  return state.replicas;
}

/**
 * Restarts one BFF replica as an operator would: SIGTERM (it closes its streams and exits), and
 * run-cluster.ts starts it again on the same port (nginx finds it there). Resolves once the new
 * process answers /api/health on its own port.
 */
export async function restartReplica(id: string): Promise<void> {
  const before = replicas().find((r) => r.id === id);
  if (!before) throw new Error(`no replica ${id}`);
  process.kill(before.pid, 'SIGTERM');
  await expect
    .poll(
      async () => {
        const now = replicas().find((r) => r.id === id);
        if (!now || now.pid === before.pid) return 'old process';
        const res = await fetch(`${now.url}/api/health`).catch(() => null);
        return res?.status === 200 ? 'restarted' : 'starting';
      },
      { timeout: 30_000, intervals: [100, 250, 500] },
    )
    .toBe('restarted');
}
