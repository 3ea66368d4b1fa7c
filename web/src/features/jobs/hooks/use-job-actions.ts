import { useState } from 'react';
import { canStopRow, deleteJob, stopJob, stopVerb, useJobBatch } from '../api/job-row-actions.js';
import type { BatchResult } from '../api/job-row-actions.js';
import type { JobRow } from '../job-rows.js';
import { msg } from '../../../lib/i18n/msg.js';

export interface JobAction {
  /** "Delete", "Stop", "Terminate" or "Stop / terminate" for a mix of APIs. */
  verb: string;
  /** What happens, in one sentence, for the confirmation. */
  effect: string;
  color: string;
  run: (rows: readonly JobRow[]) => Promise<BatchResult[]>;
}

/** The list's two actions, as batches: stop/terminate the active jobs, delete any job. */
export function useJobActions() {
  const stop = useJobBatch(stopJob);
  const remove = useJobBatch(deleteJob);
  // Every batch still running, not only the latest: a row stays busy until its own request ends.
  const [inFlight, setInFlight] = useState<ReadonlySet<string>>(new Set());
  const tracked =
    (run: (rows: readonly JobRow[]) => Promise<BatchResult[]>) =>
    async (rows: readonly JobRow[]) => {
      const keys = rows.map((r) => r.key);
      setInFlight((s) => new Set([...s, ...keys]));
      try {
        return await run(rows);
      } finally {
        setInFlight((s) => new Set([...s].filter((k) => !keys.includes(k))));
      }
    };
  const stopAction = (rows: readonly JobRow[]): JobAction => {
    const verbs = new Set(rows.map((r) => stopVerb(r.target)));
    return {
      verb: verbs.size === 1 ? ([...verbs][0] ?? msg('Stop')) : msg('Stop / terminate'),
      effect: msg('The running processes are killed; logs and outputs stay.'),
      color: 'orange',
      run: tracked((r) => stop.mutateAsync(r.filter(canStopRow))),
    };
  };
  const deleteAction: JobAction = {
    verb: msg('Delete'),
    effect: msg(
      'Running jobs are stopped first. Deleted jobs and their versions cannot be restored.',
    ),
    color: 'red',
    run: tracked((r) => remove.mutateAsync(r)),
  };
  return {
    stopAction,
    deleteAction,
    busy: inFlight.size > 0,
    isBusy: (row: JobRow) => inFlight.has(row.key),
  };
}
