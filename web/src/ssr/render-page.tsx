import { AsyncLocalStorage } from 'node:async_hooks';
import { dehydrate } from '@tanstack/react-query';
import { SessionInfoSchema } from '@console/shared';
import { paths } from '../config/paths.js';
import { drawPage, type DrawnRoute } from './draw-page.js';
import { readJobPage, type LogReader } from './job-pages.js';
import { inTimeZone } from './time-zone.js';
import { jobPageQuery } from '../features/jobs/hooks/use-job-list.js';
import { parseFilters } from '../features/jobs/list-filters.js';
import { apiRequest, setApiTransport, type ApiTransport } from '../lib/api-client.js';
import { createQueryClient } from '../lib/query-client.js';
import { pickLanguage } from '../lib/i18n/language.js';
import { sessionKeys } from '../lib/session-query.js';

/*
 * The console's first screen drawn on the server (issue 14): the BFF calls `renderPage` for a
 * signed-in browser's page load, and writes the result into index.html's #root, so the job list's
 * rows are on screen before the console's code has run. The same components as in the browser
 * (built for Node by vite.ssr.config.ts into dist-server/), with the same data: the list is read
 * through the BFF's own API with the browser's cookie (the BFF's `fetch`), and handed to the
 * browser's data cache (`state`), which then does not ask again. A job page likewise, with the first
 * lines of its log (job-pages.tsx). The browser's React replaces the
 * markup when it starts (createRoot, no hydration); until then it is `inert` (app/prerendered.ts).
 */

export { warmUp } from './warm-up.js';

const requests = new AsyncLocalStorage<ApiTransport>();
setApiTransport((url, init) => {
  const send = requests.getStore();
  if (!send) return Promise.reject(new Error('an API request outside renderPage'));
  return send(url, init);
});

export interface RenderRequest {
  /** The page's address: path and query, as the browser asked for it. */
  url: string;
  /** Sends one of the page's API requests (a path such as `/api/session`) as the browser would. */
  fetch: ApiTransport;
  /** The language the user picked (its cookie), and the browser's preferences (Accept-Language). */
  language: { stored: string | null; preferences: readonly string[] };
  /** The browser's time zone (an IANA name, from its cookie), when known: times are drawn in it. */
  timeZone?: string | null;
  /** When the drawing must be done (ms since the epoch): the BFF's budget. */
  deadline?: number;
}

export interface RenderedPage {
  /** The page's markup, for #root. */
  html: string;
  /** The data it was drawn from: React Query's dehydrated cache, as JSON. */
  state: string;
}

/**
 * The page drawn for the signed-in user — the job list, or a job page (v1 or v2) with its log's first
 * lines; undefined when it is not drawn here: another page, a language other than English (the
 * browser would redraw it at once), or a failure.
 */
export function renderPage(request: RenderRequest): Promise<RenderedPage | undefined> {
  if (pickLanguage(request.language) !== 'en') return Promise.resolve(undefined);
  const url = new URL(request.url, 'http://console.invalid');
  const read = { send: request.fetch, deadline: request.deadline };
  return requests.run(request.fetch, () => render(url, read, request.timeZone ?? undefined));
}

async function render(
  url: URL,
  read: LogReader,
  timeZone: string | undefined,
): Promise<RenderedPage | undefined> {
  const pathname = url.pathname.replace(/\/$/, '');
  const queryClient = createQueryClient();
  const list = pathname === paths.jobs.path;
  const reading = list ? undefined : readJobPage(pathname, queryClient, read);
  // another page: left to the browser
  if (!list && !reading) return undefined;
  // the session beside the page's data: the page needs it no more than the browser's would (a 401
  // ends both)
  const session = apiRequest('/api/session', { schema: SessionInfoSchema, redirectOn401: false });
  session.catch(() => undefined); // its failure is awaited below, or the drawing has ended first
  let route: DrawnRoute | undefined;
  if (reading) route = await reading;
  else {
    const page = await queryClient.fetchQuery({
      ...jobPageQuery(parseFilters(url.searchParams)),
      retry: false,
    });
    // a partial list shows its failure, whose error object does not travel as JSON: the browser asks
    if (page.error !== null && page.error !== undefined) return undefined;
  }
  queryClient.setQueryData(sessionKeys.current(), await session);
  const html = inTimeZone(timeZone, () => drawPage(url, queryClient, route));
  return { html, state: JSON.stringify(dehydrate(queryClient)) };
}
