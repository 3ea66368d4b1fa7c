import { queryOptions } from '@tanstack/react-query';
import { DiagnosisSchema, diagnosisPaths } from '@console/shared';
import { apiRequest } from './api-client.js';

export type DiagnosisTarget =
  { api: 'v1'; jobId: number; versionId: number } | { api: 'v2'; jobId: string };

/**
 * "Why it failed" of a failed job (the BFF reads the log for it). A failed job never changes:
 * its answer is kept for the page's life, unless it said a log could not be read.
 */
export const diagnosisQueryOptions = (t: DiagnosisTarget) =>
  queryOptions({
    queryKey:
      t.api === 'v1'
        ? (['diagnosis', 'v1', t.jobId, t.versionId] as const)
        : (['diagnosis', 'v2', t.jobId] as const),
    queryFn: ({ signal }) =>
      apiRequest(
        t.api === 'v1' ? diagnosisPaths.v1(t.jobId, t.versionId) : diagnosisPaths.v2(t.jobId),
        {
          schema: DiagnosisSchema,
          signal,
        },
      ),
    staleTime: (q) =>
      q.state.data?.failed && q.state.data.workers.every((w) => !w.problem || w.truncated)
        ? Infinity
        : 0,
  });
