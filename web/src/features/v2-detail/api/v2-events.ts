import { infiniteQueryOptions } from '@tanstack/react-query';
import { JobEventsResponseSchema, type JobEvent, v2Endpoints } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import { V2_JOB_REFRESH_MS } from '../../../config/refresh.js';

/** The largest page the events API serves (catalog §4.11: `limit` 1–100). */
export const EVENTS_PAGE_SIZE = 100;
export const EVENT_LEVELS = ['Info', 'Warning', 'Error'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

/**
 * Events of the job (catalog §4.11), oldest first, a page of 100 at a time; `level` filters on the
 * server. While the job runs every loaded page is refreshed.
 */
export const v2EventsQueryOptions = (jobId: string, live: boolean, level?: EventLevel) =>
  infiniteQueryOptions({
    queryKey: [...jobKeys.v2Job(jobId), 'events', level ?? 'all'] as const,
    initialPageParam: 0,
    queryFn: ({ signal, pageParam }) =>
      apiRequest(apiPath(v2Endpoints.jobEvents, { job_id: jobId }), {
        query: { offset: pageParam, limit: EVENTS_PAGE_SIZE, order: 'asc', level },
        schema: JobEventsResponseSchema,
        signal,
      }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.events.length, 0);
      return last.events.length > 0 && loaded < last.total ? loaded : undefined;
    },
    select: (data) => ({
      events: data.pages.flatMap((p) => p.events) as JobEvent[],
      total: data.pages.at(-1)?.total ?? 0,
    }),
    refetchInterval: live ? V2_JOB_REFRESH_MS : false,
  });
