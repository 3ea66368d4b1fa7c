import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004CreateBody } from '@console/shared/fixtures';
import { createLogger } from '../logger.js';
import { readStoredState } from '../store/state-files.js';
import { tokenBody } from '../test-support.js';
import { isAlive, waitDead } from '../test-client.js';
import { spawnEmulator, writeObsFile, type SpawnedEmulator } from '../testing.js';

// A real crash: the emulator process is SIGKILLed while a v1 and a v2 job run; their process
// groups outlive it. The next start must kill them and record how they ended.
const SLEEPER = 'import os, time\nprint("PID", os.getpid(), flush=True)\ntime.sleep(120)\n';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely read test JSON
type Json = Record<string, any>;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-crash-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function client(emu: SpawnedEmulator) {
  const login = await fetch(`${emu.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(tokenBody()),
  });
  const token = login.headers.get('x-subject-token') ?? '';
  return async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${p}`, {
      method,
      headers: { 'x-auth-token': token, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await res.json()) as Json;
  };
}

/** Polls the stored state until `ok` holds for it (records are written 100 ms after a change). */
async function stateUntil(ok: (s: Json) => boolean): Promise<Json> {
  for (let i = 0; i < 200; i++) {
    try {
      const s = readStoredState(path.join(dataDir, 'state.json'), createLogger('silent')) as Json;
      if (ok(s)) return s;
    } catch {
      // not written yet, or being replaced
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the stored state never reached the expected state');
}

describe('after a crash', () => {
  let v1: { job_id: number; version_id: number };
  let v2id: string;
  let pids: number[];
  let next: SpawnedEmulator;

  beforeAll(async () => {
    const first = await spawnEmulator({ dataDir });
    writeObsFile(dataDir, '/crash-tests/code/sleep.py', SLEEPER);
    const call = await client(first);
    const pid = first.projectId;
    v1 = (await call('POST', `/v1/${pid}/training-jobs`, {
      ...seed004CreateBody,
      job_name: 'crash_v1',
      config: {
        ...seed004CreateBody.config,
        app_url: '/crash-tests/code/',
        boot_file_url: '/crash-tests/code/sleep.py',
      },
    })) as typeof v1;
    const created = await call('POST', `/v2/${pid}/training-jobs`, {
      kind: 'job',
      metadata: { name: 'crash_v2' },
      algorithm: {
        code_dir: '/crash-tests/code/',
        boot_file: '/crash-tests/code/sleep.py',
        engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 1 } },
    });
    v2id = created.metadata.id;
    const state = await stateUntil((s) => {
      const version = s.jobs?.[0]?.versions?.[0];
      const task = s.v2?.jobs?.[0]?.tasks?.[0];
      return version?.status === 8 && version.pids.length === 1 && !!task?.pid;
    });
    pids = [state.jobs[0].versions[0].pids[0], state.v2.jobs[0].tasks[0].pid];
    await first.crash();
    expect(pids.every(isAlive)).toBe(true); // the crash left them running
    next = await spawnEmulator({ dataDir });
  }, 60_000);
  afterAll(async () => next?.stop());

  it('kills what the crashed emulator left running', async () => {
    expect(await waitDead(pids)).toEqual([]);
  });

  it('records a v2 task killed by the restart with exit code 137 and the reason', async () => {
    const call = await client(next);
    const job = await call('GET', `/v2/${next.projectId}/training-jobs/${v2id}`);
    expect(job.status.phase).toBe('Failed');
    expect(job.status.task_statuses).toEqual([
      {
        task: 'worker-0',
        exit_code: 137,
        message: 'killed: emulator restarted while the job was running',
      },
    ]);
    const log = await call(
      'GET',
      `/v2/${next.projectId}/training-jobs/${v2id}/tasks/worker-0/logs/preview`,
    );
    expect(log.content).toContain(
      '[ModelArts Service Log]Training failed with exit code 137: emulator restarted while the job was running.',
    );
  });

  it('records the v1 version FAILED with exit code 137 and the reason', async () => {
    const call = await client(next);
    const v = await call(
      'GET',
      `/v1/${next.projectId}/training-jobs/${v1.job_id}/versions/${v1.version_id}`,
    );
    expect(v).toMatchObject({
      status: 11,
      error_result: {
        error_code: 'ModelArts.4909',
        error_message:
          'emulator restarted while the job was running: its workers were killed (exit code 137)',
      },
    });
  });
});
