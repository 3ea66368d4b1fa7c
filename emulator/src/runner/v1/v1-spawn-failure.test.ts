import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed004CreateBody } from '@console/shared/fixtures';
import { writeObsFile } from '../../testing.js';
import { waitDead } from '../../test-client.js';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import type * as WorkerProcess from '../common/worker-process.js';
import { spawnWorker } from '../common/worker-process.js';

// The real spawn, which a test may replace once: a spawn that throws as Node does for a NUL byte
// in an argument (ERR_INVALID_ARG_VALUE) — what a v1 user_command with NUL did before validation.
vi.mock('../common/worker-process.js', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerProcess>();
  return { ...real, spawnWorker: vi.fn(real.spawnWorker) };
});
const spawnMock = vi.mocked(spawnWorker);
let realSpawn: typeof spawnWorker;
const spawnWithNul: typeof spawnWorker = (w) =>
  realSpawn({ ...w, plan: { ...w.plan, argv: [...w.plan.argv, 'bad\0arg'] } });

const QUICK = 'print("quick done", flush=True)\n';
const SLOW = 'import os, time\nprint("PID", os.getpid(), flush=True)\ntime.sleep(120)\n';

let t: TestEmulator;
let token: string;
beforeAll(async () => {
  realSpawn = (await vi.importActual<typeof WorkerProcess>('../common/worker-process.js'))
    .spawnWorker;
  t = await createTestEmulator({ timings: { initMs: 50, waitMs: 50, killGraceMs: 500 } });
  token = await t.login();
  writeObsFile(t.dataDir, '/spawn-tests/quick/quick.py', QUICK);
  writeObsFile(t.dataDir, '/spawn-tests/slow/slow.py', SLOW);
});
afterAll(async () => t.cleanup());

const call = (method: 'get' | 'post', path: string, body?: object) => {
  const r = request(t.app)[method](`/v1/${t.pid}${path}`).set('X-Auth-Token', token);
  return body ? r.send(body) : r;
};
const job = (name: string, script: 'quick' | 'slow', workers = 1) => ({
  ...seed004CreateBody,
  job_name: name,
  config: {
    ...seed004CreateBody.config,
    // spec 29 allows several workers (the seed's flavor only one)
    ...(workers > 1 ? { flavor: undefined, spec_id: 29 } : {}),
    worker_server_num: workers,
    app_url: `/spawn-tests/${script}/`,
    boot_file_url: `/spawn-tests/${script}/${script}.py`,
  },
});
async function create(body: object): Promise<{ job_id: number; version_id: number }> {
  const res = await call('post', '/training-jobs', body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
async function waitStatus(
  j: { job_id: number; version_id: number },
  done: (s: number) => boolean,
  ms = 20_000,
) {
  const end = Date.now() + ms;
  for (;;) {
    const res = await call('get', `/training-jobs/${j.job_id}/versions/${j.version_id}`);
    if (done(res.body.status)) return res.body;
    if (Date.now() > end) throw new Error(`still status ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
describe('a v1 worker spawn that throws', () => {
  it('fails that job (exit code 127, saying why) while another job runs on, and the emulator serves', async () => {
    const other = await create(job('bystander', 'slow'));
    await waitStatus(other, (s) => s === 8);
    spawnMock.mockImplementationOnce(spawnWithNul);
    const bad = await create(job('nul_arg', 'quick'));
    const failed = await waitStatus(bad, (s) => s === 11 || s === 10);
    expect(failed.status).toBe(11);
    expect(failed.error_result.error_message).toMatch(
      /^Failed to execute the training job: worker 0 could not start: .*null bytes.* \(exit code 127\)$/,
    );
    const logRes = await call(
      'get',
      `/training-jobs/${bad.job_id}/versions/${bad.version_id}/aom-log?log_file=job-nul-arg.0&lines=100`,
    );
    expect(String(logRes.body.content)).toMatch(
      /\[ModelArts Service Log\]Training failed: worker 0 could not start: .*\(exit code 127\)/,
    );
    // the bystander still runs, and new jobs still run to the end
    const still = await call('get', `/training-jobs/${other.job_id}/versions/${other.version_id}`);
    expect(still.body.status).toBe(8);
    const next = await create(job('after_nul', 'quick'));
    expect((await waitStatus(next, (s) => s === 10 || s === 11)).status).toBe(10);
    await t.emulator.ctx.runner.end(other.version_id, 'stopping');
  }, 40_000);

  it('stops the workers already started when a later one cannot start', async () => {
    let startedPid = 0;
    spawnMock
      .mockImplementationOnce((w) => {
        const child = realSpawn(w);
        startedPid = child.pid ?? 0;
        return child;
      })
      .mockImplementationOnce(spawnWithNul);
    const bad = await create(job('half_started', 'slow', 2));
    const failed = await waitStatus(bad, (s) => s === 11 || s === 10);
    expect(failed.status).toBe(11);
    expect(failed.error_result.error_message).toMatch(/worker 1 could not start: .*exit code 127/);
    expect(startedPid).toBeGreaterThan(0);
    expect(await waitDead([startedPid])).toEqual([]);
    expect(t.emulator.ctx.store.findVersion(bad.version_id)!.version.pids).toEqual([]);
  }, 40_000);

  it('fails a job whose interpreter does not exist (ENOENT, exit code 127); the next one runs', async () => {
    const other = await createTestEmulator({
      timings: { initMs: 50, waitMs: 50 },
      python: '/nonexistent/bin/python3',
    });
    try {
      const tok = await other.login();
      writeObsFile(other.dataDir, '/spawn-tests/quick/quick.py', QUICK);
      const go = (method: 'get' | 'post', path: string, body?: object) => {
        const r = request(other.app)[method](`/v1/${other.pid}${path}`).set('X-Auth-Token', tok);
        return body ? r.send(body) : r;
      };
      const statusOf = async (j: { job_id: number; version_id: number }) => {
        for (let i = 0; i < 200; i++) {
          const v = (await go('get', `/training-jobs/${j.job_id}/versions/${j.version_id}`)).body;
          if (v.status === 10 || v.status === 11) return v as Record<string, unknown>;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error('the version never ended');
      };
      const failed = await statusOf(
        (await go('post', '/training-jobs', job('no_python', 'quick'))).body,
      );
      expect(failed.status).toBe(11);
      expect(JSON.stringify(failed.error_result)).toMatch(/exited with code 127/);
      // a custom image job does not need the interpreter: the emulator still runs it to the end
      const base = job('shell_job', 'quick');
      const shell = await go('post', '/training-jobs', {
        ...base,
        config: { ...base.config, user_image_url: 'swr.example/img:1', user_command: 'echo fine' },
      });
      expect(shell.status).toBe(200);
      expect((await statusOf(shell.body)).status).toBe(10);
    } finally {
      await other.cleanup();
    }
  }, 40_000);
});
