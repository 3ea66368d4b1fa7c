import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createV2TestEmulator, scriptJob, type V2TestEmulator } from './v2-test-support.js';

// Real hours here (hourMs 3 600 000): 600 h = 2.16e9 ms is beyond Node's 2^31 − 1 ms timer range,
// which a plain setTimeout turns into 1 ms — the job was terminated as soon as it ran.
let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator({ timings: { hourMs: 3_600_000 } });
});
afterAll(async () => emu.cleanup());

describe('auto_stop beyond 24.8 days', () => {
  it('does not stop a job with auto_stop 600 h early: it runs to Completed', async () => {
    const body = scriptJob('auto-stop-600h', { params: { steps: '8', step_seconds: '0.1' } });
    Object.assign(body.spec, { auto_stop: { time_unit: 'HOURS', duration: 600 } });
    const res = await emu.call('post', '/training-jobs', body);
    expect(res.status).toBe(201);
    const id = res.body.metadata.id as string;
    const done = await emu.waitPhase(
      id,
      (p) => p === 'Completed' || p === 'Terminated' || p === 'Failed',
    );
    expect(done.status.phase).toBe('Completed');
    expect(done.status.running_records[0].end_reason ?? '').not.toMatch(/auto stop/);
    expect(done.status.task_statuses).toEqual([
      { task: 'worker-0', exit_code: 0, message: 'completed' },
    ]);
  }, 30_000);
});
