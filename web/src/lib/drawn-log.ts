import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { JobLogEventSchema } from '@console/shared';
import { JobLog } from './job-log.js';
import { isRemembered, rememberedLog, type RememberedLog } from './log-memory.js';

/*
 * A job page drawn on the server (ssr/render-page.tsx) shows its log's first lines: the server read
 * them from the job's own log stream, as the browser's would have (every check of the stream
 * applies), and the page's data (React Query's dehydrated cache) carries them with the stream's
 * cursor after them. The log's view moves them into the page's log memory when it first mounts
 * (use-job-log-stream.ts): it shows them at once and its stream resumes right after them
 * (`?last_event_id=`): no line is read twice, none is lost.
 */

const DRAWN_LOG = 'drawn-log';

/** Where a drawn log travels in the page's data: its job stream's URL. */
export const drawnLogKey = (streamUrl: string) => [DRAWN_LOG, streamUrl] as const;

export const DrawnLogSchema = z.object({
  workers: z.array(z.string()),
  /** The stream's first `log` events, as it sent them. */
  events: z.array(JobLogEventSchema),
  /** The `id` of the last of them: the cursor of every worker after it ('' when none). */
  lastEventId: z.string(),
});
export type DrawnLog = z.infer<typeof DrawnLogSchema>;

function jobLogFrom(drawn: DrawnLog): JobLog {
  const log = new JobLog(drawn.workers);
  for (const e of drawn.events) log.append(e.worker, e.lines, e.console);
  return log;
}

/**
 * The log of `url` for one drawing on the server: the lines it read (none when it has not), never
 * the page's memory (the renderer draws every user's pages).
 */
export function drawnLogIn(
  queryClient: QueryClient,
  url: string,
  workers: readonly string[],
): RememberedLog<JobLog> {
  const drawn = DrawnLogSchema.safeParse(queryClient.getQueryData(drawnLogKey(url)));
  if (!drawn.success) return { log: new JobLog(workers), cursors: new Map() };
  return { log: jobLogFrom(drawn.data), cursors: new Map() };
}

type DrawnLogOf = (url: string, workers: readonly string[]) => RememberedLog<JobLog>;

/** On the server only: the logs of the drawing (undefined in the browser). */
export const DrawnLogs = createContext<DrawnLogOf | undefined>(undefined);

export const useDrawnLogs = () => useContext(DrawnLogs);

/** The drawn log of `url` in the page's data, if it has lines to show and a cursor after them. */
function drawnIn(queryClient: QueryClient, url: string): DrawnLog | undefined {
  const drawn = DrawnLogSchema.safeParse(queryClient.getQueryData(drawnLogKey(url))).data;
  return drawn && drawn.events.length > 0 && drawn.lastEventId !== '' ? drawn : undefined;
}

/**
 * Whether the page's data holds a drawn log of `url` to take, with lines: then its view resumes
 * after them, and the route's loader opens no early stream for it.
 */
export function hasDrawnLog(queryClient: QueryClient, url: string): boolean {
  return drawnIn(queryClient, url) !== undefined;
}

/**
 * In the browser, when the log's view first mounts: the drawn log of `url` goes into the log memory
 * (with its cursor: the stream resumes after it) and out of the data cache; undefined when the
 * page has none, or one without lines (the stream then starts as usual).
 */
export function takeDrawnLog(
  queryClient: QueryClient,
  url: string,
): RememberedLog<JobLog> | undefined {
  const drawn = drawnIn(queryClient, url);
  queryClient.removeQueries({ queryKey: drawnLogKey(url), exact: true });
  if (!drawn || isRemembered(url)) return undefined;
  const memory = rememberedLog(url, () => jobLogFrom(drawn));
  memory.cursors.set(url, drawn.lastEventId);
  return memory;
}
