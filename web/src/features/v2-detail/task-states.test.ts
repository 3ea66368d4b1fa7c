import { TrainingJobV2Schema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { taskStates } from './task-states.js';

const job = (status: object) =>
  TrainingJobV2Schema.parse({ metadata: { id: 'j', name: 'n' }, status });

describe('taskStates', () => {
  it('gives running tasks the job phase and exited tasks their exit code', () => {
    const states = taskStates(
      job({
        phase: 'Running',
        tasks: ['worker-0', 'worker-1', 'worker-2'],
        task_statuses: [
          { task: 'worker-1', exit_code: 0, message: '' },
          { task: 'worker-2', exit_code: 1, message: 'boom' },
        ],
      }),
    );
    expect(states.map((s) => [s.task, s.label, s.bucket])).toEqual([
      ['worker-0', 'Running', 'running'],
      ['worker-1', 'Completed', 'succeeded'],
      ['worker-2', 'Failed (exit 1)', 'failed'],
    ]);
    expect(states[2]?.message).toBe('boom');
  });

  it('treats exit code -1 as not exited and a killed task of a terminated job as terminated', () => {
    const running = taskStates(
      job({
        phase: 'Running',
        tasks: ['worker-0'],
        task_statuses: [{ task: 'worker-0', exit_code: -1 }],
      }),
    );
    expect(running[0]).toMatchObject({ label: 'Running', bucket: 'running', exitCode: null });
    const stopped = taskStates(
      job({
        phase: 'Terminated',
        tasks: ['worker-0', 'worker-1'],
        task_statuses: [
          { task: 'worker-0', exit_code: 143 },
          { task: 'worker-1', exit_code: -1 },
        ],
      }),
    );
    expect(stopped.map((s) => s.label)).toEqual(['Terminated (exit 143)', 'Terminated']);
  });
});
