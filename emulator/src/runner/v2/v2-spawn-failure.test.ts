import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JobEventsResponseSchema } from '@console/shared';
import {
  createV2TestEmulator,
  scriptJob,
  searchJob,
  type V2TestEmulator,
} from '../../http/v2/v2-test-support.js';
import type * as TaskProcess from './v2-task-process.js';
import { spawnV2Task } from './v2-task-process.js';

// The real spawn, which a test may replace once (a spawn that throws, or a process it controls).
vi.mock('./v2-task-process.js', async (importOriginal) => {
  const real = await importOriginal<typeof TaskProcess>();
  return { ...real, spawnV2Task: vi.fn(real.spawnV2Task) };
});
const spawnMock = vi.mocked(spawnV2Task);

/** A spawn that fails as Node does for a NUL byte in an argument (ERR_INVALID_ARG_VALUE). */
const spawnWithNul: typeof spawnV2Task = (plan, logFile) =>
  realSpawn({ ...plan, args: [...plan.args, 'bad\0arg'] }, logFile);
let realSpawn: typeof spawnV2Task;

let emu: V2TestEmulator;
beforeAll(async () => {
  realSpawn = (await vi.importActual<typeof TaskProcess>('./v2-task-process.js')).spawnV2Task;
  emu = await createV2TestEmulator({ timings: { killGraceMs: 300 } });
});
afterAll(async () => emu.cleanup());

const create = async (body: unknown) => {
  const res = await emu.call('post', '/training-jobs', body);
  expect(res.status).toBe(201);
  return res.body.metadata.id as string;
};
const events = async (id: string) =>
  JobEventsResponseSchema.parse(
    (await emu.call('get', `/training-jobs/${id}/events?order=asc&limit=100`)).body,
  ).events;
const log = async (id: string) =>
  (await emu.call('get', `/training-jobs/${id}/tasks/worker-0/logs/preview`)).body
    .content as string;
const trialsOf = (id: string) => emu.rt.v2.state.jobs.find((j) => j.id === id)!.autosearch!.trials;
async function until(ok: () => boolean, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A child process whose exit the test decides. */
function fakeChild(pid?: number) {
  const child = Object.assign(new EventEmitter(), {
    pid,
    exitCode: null as number | null,
    signalCode: null as NodeJS.Signals | null,
  });
  return { child, proc: child as unknown as ChildProcess };
}

describe('a spawn that throws', () => {
  it('fails the task of a plain job (exit code 127, saying why) and leaves the emulator up', async () => {
    spawnMock.mockImplementationOnce(spawnWithNul);
    const id = await create(scriptJob('nul-arg', { nodes: 2 }));
    const done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed');
    expect(done.status.phase).toBe('Failed');
    const [w0, w1] = done.status.task_statuses;
    expect(w0).toMatchObject({ exit_code: 127 });
    expect(w0.message).toMatch(/^could not start: .*null bytes/);
    expect(w1).toMatchObject({ exit_code: 127, message: 'not started: worker-0 could not start' });
    expect(await log(id)).toMatch(/\[ModelArts Service Log\]Training failed: could not start/);
    const errors = (await events(id)).filter((e) => e.level === 'Error').map((e) => e.message);
    expect(errors.some((m) => /\[worker-0\] Training failed: could not start/.test(m))).toBe(true);
    // the emulator still serves and runs jobs
    const next = await create(scriptJob('after-nul'));
    expect((await emu.waitPhase(next, (p) => p === 'Completed')).status.phase).toBe('Completed');
  }, 30_000);

  it('ends that search trial ERROR and goes on with the next', async () => {
    spawnMock.mockImplementationOnce(spawnWithNul);
    const id = await create(searchJob('nul-trial', { samples: 2 }));
    const done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed', 30_000);
    expect(done.status.phase).toBe('Completed');
    const [t0, t1] = trialsOf(id);
    expect([t0!.status, t0!.exit_code, t1!.status]).toEqual(['ERROR', 127, 'TERMINATED']);
    expect(await log(id)).toContain(`trial ${t0!.trial_id} (1/2) could not start:`);
    const errors = (await events(id)).filter((e) => e.level === 'Error').map((e) => e.message);
    expect(errors.some((m) => m.includes(`Trial ${t0!.trial_id} (1/2) could not start`))).toBe(
      true,
    );
  }, 40_000);

  it('fails the search job when no trial could start', async () => {
    spawnMock.mockImplementationOnce(() => {
      throw Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' });
    });
    const id = await create(searchJob('emfile-trial', { samples: 1 }));
    const done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed');
    expect(done.status.phase).toBe('Failed');
    expect(done.status.task_statuses[0].message).toMatch(/no trial reported a reward/);
    expect(trialsOf(id).map((t) => t.status)).toEqual(['ERROR']);
    expect(await log(id)).toContain('could not start: EMFILE: too many open files');
  }, 30_000);
});

describe('early stop against a trial that is ending', () => {
  it('records an exit that came first as it was, and never SIGKILLs after the trial ended', async () => {
    const exited = fakeChild();
    const stopped = fakeChild(2_147_000_001); // no such process group
    spawnMock.mockImplementationOnce(() => exited.proc).mockImplementationOnce(() => stopped.proc);
    const kill = vi.spyOn(process, 'kill');
    try {
      const id = await create(searchJob('stop-race', { samples: 3 }));
      const trials = () => trialsOf(id);
      await until(() => trials()[0]!.status === 'RUNNING', 'trial 1 to run');
      // trial 1's process has exited, its exit event not yet handled
      exited.child.exitCode = 3;
      const late = await emu.call(
        'post',
        `/training-jobs/${id}/autosearch-trial-earlystop/${trials()[0]!.trial_id}`,
      );
      expect(late.status).toBe(400);
      expect(late.body.error_msg).toContain('already ended');
      exited.child.emit('exit', 3, null);
      expect(trials()[0]).toMatchObject({ status: 'ERROR', exit_code: 3, early_stopped: false });

      await until(() => trials()[1]!.status === 'RUNNING', 'trial 2 to run');
      const stop = await emu.call(
        'post',
        `/training-jobs/${id}/autosearch-trial-earlystop/${trials()[1]!.trial_id}`,
      );
      expect(stop.status).toBe(200);
      const signals = () =>
        kill.mock.calls.filter(([pid]) => pid === -2_147_000_001).map(([, sig]) => sig);
      expect(signals()).toEqual(['SIGTERM']);
      stopped.child.emit('exit', null, 'SIGTERM');
      expect(trials()[1]).toMatchObject({ status: 'TERMINATED', early_stopped: true });
      const atEnd = signals().length; // the exit's own SIGKILL of the group
      // fixed-wait-ok: a quiet window longer than killGraceMs (300): the SIGTERM above proves the
      // stop ran; no later SIGKILL may follow the exit
      await new Promise((r) => setTimeout(r, 700));
      expect(signals()).toHaveLength(atEnd);
      const done = await emu.waitPhase(id, (p) => p === 'Completed' || p === 'Failed', 30_000);
      expect(done.status.phase).toBe('Completed');
    } finally {
      kill.mockRestore();
    }
  }, 40_000);
});
