import { v2PhaseInfo, type StatusBucket, type TrainingJobV2 } from '@console/shared';
import * as i18n from '../../lib/i18n/i18n.js';
import { v2PhaseWord } from '../../components/status-words.js';

export interface TaskState {
  task: string;
  /** In the console's language. */
  label: string;
  bucket: StatusBucket;
  exitCode: number | null;
  message: string;
}

/**
 * The state of each task (`status.tasks`). `task_statuses[].exit_code` is the exit code of a task that
 * ended (0 = Completed; else Failed, or Terminated when the job was terminated); a missing or
 * negative code (the emulator sends -1) means the task has not exited: it shares the job's phase.
 */
export function taskStates(job: TrainingJobV2): TaskState[] {
  const tasks = job.status.tasks ?? [];
  const reported = new Map((job.status.task_statuses ?? []).map((s) => [s.task, s]));
  const phase = v2PhaseInfo(job.status.phase);
  const terminated = phase.bucket === 'stopped' || phase.bucket === 'stopping';
  return tasks.map((task) => {
    const s = reported.get(task);
    const message = s?.message ?? '';
    const code = s?.exit_code;
    if (code === null || code === undefined || code < 0)
      return {
        task,
        label: v2PhaseWord(job.status.phase),
        bucket: phase.bucket,
        exitCode: null,
        message,
      };
    if (code === 0)
      return { task, label: i18n.t('Completed'), bucket: 'succeeded', exitCode: 0, message };
    return terminated
      ? {
          task,
          label: i18n.t('Terminated (exit {{code}})', { code }),
          bucket: 'stopped',
          exitCode: code,
          message,
        }
      : {
          task,
          label: i18n.t('Failed (exit {{code}})', { code }),
          bucket: 'failed',
          exitCode: code,
          message,
        };
  });
}
