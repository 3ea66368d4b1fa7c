// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { pagedJobsFetch } from '../test/job-lists.js';
import { renderPage } from './render-page.js';
import { sampleJobPage, warmUp } from './warm-up.js';
import { drawPage } from './draw-page.js';
import { createQueryClient } from '../lib/query-client.js';
import { sessionKeys } from '../lib/session-query.js';
import { jobKeys } from '../lib/query-keys/job-keys.js';
import { DEFAULT_FILTERS } from '../features/jobs/list-filters.js';

// Runs as the BFF runs it: in Node, without a DOM (no window, document or localStorage).

const SESSION = {
  user: 'alice',
  domain: 'acme',
  project: { id: 'p1', name: 'eu-de' },
  expiresAt: '2100-01-01T00:00:00.000Z',
};
const V1_JOBS = [
  {
    job_id: 7,
    job_name: 'resnet <b>&"',
    version_id: 70,
    status: 8,
    create_time: 1_700_000_500_000,
  },
];
const V2_JOBS = [
  {
    kind: 'job',
    metadata: { id: 'uuid-2', name: 'v2_job', create_time: 1_700_000_000_000 },
    status: { phase: 'Completed', duration: 1000 },
  },
];
const ENGLISH = { stored: null, preferences: ['en-US'] };

/** The BFF's side: answers the session and the two lists, records what was asked. */
function bff(session: { status: number; body: unknown } = { status: 200, body: SESSION }) {
  const lists = pagedJobsFetch({ v1: V1_JOBS, v2: V2_JOBS });
  return vi.fn(async (url: string, init: RequestInit) => {
    if (url === '/api/session')
      return new Response(JSON.stringify(session.body), {
        status: session.status,
        headers: { 'content-type': 'application/json' },
      });
    return lists(url, init);
  });
}

describe('renderPage (the first screen drawn in the BFF)', () => {
  it('draws the job list with both APIs’ rows, escaped, and hands over the data it drew', async () => {
    expect(typeof window).toBe('undefined');
    const fetch = bff();
    const page = await renderPage({ url: '/jobs', fetch, language: ENGLISH });
    expect(page).toBeDefined();
    const html = page!.html;
    expect(html).toContain('aria-label="Training jobs"');
    expect(html.match(/<tr[^>]* data-api="v[12]"/g)).toHaveLength(2);
    expect(html).toContain('resnet &lt;b&gt;&amp;&quot;');
    expect(html).not.toContain('<b>&');
    expect(html).toContain('v2_job');
    expect(html).toContain('alice'); // the header's user
    const state = JSON.parse(page!.state) as {
      queries: { queryKey: unknown[]; state: { data: unknown } }[];
    };
    const keys = state.queries.map((q) => q.queryKey[0]);
    expect(keys).toEqual(expect.arrayContaining(['session', 'jobs']));
    const session = state.queries.find((q) => q.queryKey[0] === 'session');
    expect(session?.state.data).toEqual(SESSION);
    // session and lists asked at once, each once
    expect(fetch.mock.calls.map(([url]) => url.split('?')[0])).toEqual(
      expect.arrayContaining([
        '/api/session',
        '/api/v1/training-jobs',
        '/api/v2/training-job-searches',
      ]),
    );
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('reads the filters from the address', async () => {
    const fetch = bff();
    const page = await renderPage({ url: '/jobs?api=v2', fetch, language: ENGLISH });
    expect(page!.html).toContain('v2_job');
    expect(page!.html).not.toContain('resnet');
    expect(fetch.mock.calls.some(([url]) => url.startsWith('/api/v1/'))).toBe(false);
  });

  it('draws nothing for a browser without a session, another page, or another language', async () => {
    const signedOut = bff({ status: 401, body: { error_code: 'Console.0401', error_msg: 'no' } });
    expect(
      await renderPage({ url: '/jobs', fetch: signedOut, language: ENGLISH }).catch(
        () => 'rejected',
      ),
    ).toBe('rejected');
    const fetch = bff();
    expect(await renderPage({ url: '/configs', fetch, language: ENGLISH })).toBeUndefined();
    expect(
      await renderPage({
        url: '/jobs',
        fetch,
        language: { stored: null, preferences: ['zh-CN', 'en'] },
      }),
    ).toBeUndefined();
    expect(
      await renderPage({ url: '/jobs', fetch, language: { stored: 'zh-CN', preferences: ['en'] } }),
    ).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    // the user's pick wins over the browser's preference
    expect(
      await renderPage({ url: '/jobs', fetch, language: { stored: 'en', preferences: ['zh-CN'] } }),
    ).toBeDefined();
  });

  it('draws nothing when a list failed (its error does not travel as data)', async () => {
    const lists = pagedJobsFetch({
      v1: V1_JOBS,
      v2: { status: 503, body: { error_code: 'ModelArts.0001', error_msg: 'down' } },
    });
    const fetch = vi.fn(async (url: string, init: RequestInit) =>
      url === '/api/session'
        ? new Response(JSON.stringify(SESSION), { status: 200 })
        : lists(url, init),
    );
    expect(await renderPage({ url: '/jobs', fetch, language: ENGLISH })).toBeUndefined();
  });

  it('keeps the requests of concurrent drawings apart (each goes to its own browser’s fetch)', async () => {
    const a = bff();
    const b = bff({ status: 200, body: { ...SESSION, user: 'user-bob' } });
    const [pa, pb] = await Promise.all([
      renderPage({ url: '/jobs', fetch: a, language: ENGLISH }),
      renderPage({ url: '/jobs', fetch: b, language: ENGLISH }),
    ]);
    expect(pa!.html).toContain('alice');
    expect(pb!.html).toContain('user-bob');
    expect(pa!.html).not.toContain('user-bob');
    expect(a).toHaveBeenCalledTimes(3);
    expect(b).toHaveBeenCalledTimes(3);
  });

  it('warms up by drawing a made-up page, which draws like a real one', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(sessionKeys.current(), SESSION);
    queryClient.setQueryData(jobKeys.page(DEFAULT_FILTERS), sampleJobPage(4));
    const html = drawPage(new URL('http://x/jobs'), queryClient);
    expect(html.match(/<tr[^>]* data-api="v1"/g)).toHaveLength(2);
    expect(html.match(/<tr[^>]* data-api="v2"/g)).toHaveLength(2);
    await expect(warmUp(2)).resolves.toBeUndefined();
  });

  it('draws times in the browser’s time zone when known, else the server’s, and leaves TZ as it was', async () => {
    const before = process.env.TZ;
    const draw = (timeZone?: string | null) =>
      renderPage({ url: '/jobs?api=v1', fetch: bff(), language: ENGLISH, timeZone }).then(
        (p) => /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.exec(p!.html)?.[0],
      );
    // the v1 job was created at 1_700_000_500_000 ms = 2023-11-14 22:21:40 UTC
    expect(await draw('UTC')).toBe('2023-11-14 22:21:40');
    expect(await draw('Asia/Shanghai')).toBe('2023-11-15 06:21:40');
    expect(await draw('America/New_York')).toBe('2023-11-14 17:21:40');
    expect(process.env.TZ).toBe(before);
    const server = await draw(undefined);
    for (const zone of [null, 'Mars/Olympus', '../../etc/passwd', 'A'.repeat(100), ':UTC'])
      expect(await draw(zone)).toBe(server);
    expect(process.env.TZ).toBe(before);
  });
});
