import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createV2TestEmulator, scriptJob } from './v2-test-support.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('v2 state across a restart', () => {
  it('keeps jobs and algorithms, and marks a job that was running Failed with a reason', async () => {
    const first = await createV2TestEmulator();
    dirs.push(first.dataDir);
    const done = await first.call(
      'post',
      '/training-jobs',
      scriptJob('finished', { params: { steps: '1' } }),
    );
    await first.waitPhase(done.body.metadata.id, (p) => p === 'Completed');
    const res = await first.call(
      'post',
      '/training-jobs',
      scriptJob('interrupted', { params: { steps: '500' } }),
    );
    const id = res.body.metadata.id as string;
    await first.waitPhase(id, (p) => p === 'Running');
    const pid = first.rt.v2.state.jobs.find((j) => j.id === id)!.tasks[0]!.pid!;
    await first.emulator.shutdown();
    expect(() => process.kill(pid, 0)).toThrow();

    const second = await createV2TestEmulator({ dataDir: first.dataDir });
    try {
      const job = (await second.call('get', `/training-jobs/${id}`)).body;
      expect(job.status.phase).toBe('Failed');
      expect(job.status.task_statuses).toEqual([
        { task: 'worker-0', exit_code: 137, message: 'killed by SIGKILL: the emulator shut down' },
      ]);
      expect(job.status.running_records[0].end_reason).toMatch(/restarted/);
      const kept = (await second.call('get', `/training-jobs/${done.body.metadata.id}`)).body;
      expect(kept.status.phase).toBe('Completed');
      const ev = (await second.call('get', `/training-jobs/${id}/events`)).body;
      expect(ev.events[0].message).toMatch(/emulator restarted/);
      const log = (await second.call('get', `/training-jobs/${id}/tasks/worker-0/logs/preview`))
        .body;
      expect(log.content).toMatch(/Training failed with exit code 137: emulator restarted/);
    } finally {
      await second.emulator.shutdown();
    }
  });
});
