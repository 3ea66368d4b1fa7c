// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from './render-page.js';

// Runs as the BFF runs it: in Node, without a DOM.

const SESSION = {
  user: 'alice',
  domain: 'acme',
  project: { id: 'p1', name: 'eu-de' },
  expiresAt: '2100-01-01T00:00:00.000Z',
};
const ENGLISH = { stored: null, preferences: ['en-US'] };
const V2_JOB = {
  kind: 'job',
  metadata: { id: 'uuid-2', name: 'v2 <job>', create_time: 1_700_000_000_000 },
  status: { phase: 'Completed', duration: 1000, tasks: ['worker-0', 'worker-1'] },
  algorithm: { code_dir: '/b/code/', boot_file: '/b/code/train.py' },
  spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 2 } },
};
const V1_VERSION = {
  is_success: true,
  job_id: 5,
  job_name: 'job_a',
  version_id: 11,
  version_name: 'V0002',
  status: 10,
  create_time: 1_609_121_837_000,
  worker_server_num: 1,
};
const V2_STREAM = '/api/logs/job/v2/uuid-2?workers=worker-0,worker-1';
const V1_STREAM = '/api/logs/job/v1/5/11?workers=job-a.0';
const rows = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `row ${from + i} <b>`);
const event = (id: string, data: unknown) =>
  `id: ${id}\nevent: log\ndata: ${JSON.stringify(data)}\n\n`;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The BFF's side for the job pages: `streams` answers each log stream (its text, then the end). */
function bff(o: { job?: Response; streams?: Record<string, string> } = {}) {
  return vi.fn(async (url: string, _init: RequestInit) => {
    if (url === '/api/session') return json(SESSION);
    if (url === '/api/v2/training-jobs/uuid-2') return o.job ?? json(V2_JOB);
    if (url === '/api/v1/training-jobs/5/versions/11') return json(V1_VERSION);
    if (url === '/api/v1/training-jobs/5/versions/11/log/file-names')
      return json({ is_success: true, log_file_list: ['job-a.0'] });
    const stream = o.streams?.[url];
    if (stream !== undefined)
      return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
    return json({ error_code: 'Console.0404', error_msg: `${url} not here` }, 404);
  });
}

const drawnLogs = (state: string) =>
  (JSON.parse(state) as { queries: { queryKey: unknown[]; state: { data: unknown } }[] }).queries
    .filter((q) => q.queryKey[0] === 'drawn-log')
    .map((q) => ({ url: q.queryKey[1], data: q.state.data }));
const drawnRows = (html: string) =>
  [...html.matchAll(/data-log-line[^>]*>[\s\S]*?(row \d+ &lt;b&gt;)/g)].map((m) => m[1]);

describe('renderPage: a job page with its log’s first lines', () => {
  it('v2: draws the job and the end of the lines its stream sent first, and hands them over', async () => {
    const fetch = bff({
      streams: {
        [V2_STREAM]:
          'retry: 2000\n\nevent: status\ndata: {"phase":"Completed","secondary_phase":"Completed"}\n\n' +
          event('0:300', { worker: 'worker-0', lines: rows(300) }),
      },
    });
    const page = await renderPage({
      url: '/jobs/v2/uuid-2?task=worker-0',
      fetch,
      language: ENGLISH,
    });
    expect(page).toBeDefined();
    const html = page!.html;
    expect(html).toContain('v2 &lt;job&gt;');
    expect(html).not.toContain('<job>');
    // what a view following the log shows: its last lines, escaped, with their numbers
    const shown = drawnRows(html);
    expect(shown.at(-1)).toBe('row 300 &lt;b&gt;');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(40);
    expect(html).not.toContain('row 1 &lt;b&gt;');
    // at the bottom of the log's box, as the view following it will show them
    expect(html).toMatch(/data-testid="log-scroll"[^>]*justify-content:flex-end/);
    expect(drawnLogs(page!.state)).toEqual([
      {
        url: V2_STREAM,
        data: {
          workers: ['worker-0', 'worker-1'],
          events: [{ worker: 'worker-0', lines: rows(300) }],
          lastEventId: '0:300',
        },
      },
    ]);
    // the stream was asked as the browser would, with its cursor nowhere yet
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(
      expect.arrayContaining(['/api/session', '/api/v2/training-jobs/uuid-2', V2_STREAM]),
    );
  });

  it('a link to a line is not drawn as the end of the log (the console scrolls to the line)', async () => {
    const fetch = bff({
      streams: { [V2_STREAM]: event('0:300', { worker: 'worker-0', lines: rows(300) }) },
    });
    const page = await renderPage({
      url: '/jobs/v2/uuid-2?task=worker-0&line=5',
      fetch,
      language: ENGLISH,
    });
    expect(page!.html).toContain('data-testid="log-scroll"');
    expect(page!.html).not.toMatch(/data-testid="log-scroll"[^>]*justify-content:flex-end/);
    expect(page!.html).not.toContain('row 300 &lt;b&gt;');
  });

  it('v1: draws the version with its log file’s first lines', async () => {
    const fetch = bff({
      streams: { [V1_STREAM]: event('0:12', { worker: 'job-a.0', lines: rows(12) }) },
    });
    const page = await renderPage({ url: '/jobs/v1/5/versions/11', fetch, language: ENGLISH });
    expect(page!.html).toContain('job_a');
    expect(drawnRows(page!.html)).toEqual(rows(12).map((r) => r.replace('<b>', '&lt;b&gt;')));
    expect(drawnLogs(page!.state)).toEqual([
      {
        url: V1_STREAM,
        data: {
          workers: ['job-a.0'],
          events: [{ worker: 'job-a.0', lines: rows(12) }],
          lastEventId: '0:12',
        },
      },
    ]);
  });

  it('draws the page without lines when its stream sends none (they are the browser’s to read)', async () => {
    const fetch = bff({ streams: { [V2_STREAM]: 'event: end\ndata: {}\n\n' } });
    const page = await renderPage({ url: '/jobs/v2/uuid-2', fetch, language: ENGLISH });
    expect(page!.html).toContain('v2 &lt;job&gt;');
    expect(page!.html).not.toContain('data-log-line');
    // nothing for the browser to take: its route loader opens the stream early, as without a drawing
    expect(drawnLogs(page!.state)).toEqual([]);
  });

  it('reads no log when the drawing’s deadline leaves no time for it', async () => {
    const fetch = bff({
      streams: { [V2_STREAM]: event('0:1', { worker: 'worker-0', lines: ['a'] }) },
    });
    const page = await renderPage({
      url: '/jobs/v2/uuid-2',
      fetch,
      language: ENGLISH,
      deadline: Date.now() + 50,
    });
    expect(page!.html).toContain('v2 &lt;job&gt;');
    expect(drawnLogs(page!.state)).toEqual([]);
    expect(fetch.mock.calls.map(([url]) => url)).not.toContain(V2_STREAM);
  });

  it('leaves a job it cannot read, and pages that are not jobs, to the browser', async () => {
    const missing = bff({
      job: json({ error_code: 'ModelArts.0103', error_msg: 'no such job' }, 404),
    });
    await expect(
      renderPage({ url: '/jobs/v2/uuid-2', fetch: missing, language: ENGLISH }).catch(() => 'no'),
    ).resolves.toBe('no');
    const fetch = bff();
    for (const url of ['/jobs/v2/create', '/jobs/v1/x/versions/1', '/configs', '/obs'])
      expect(await renderPage({ url, fetch, language: ENGLISH })).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps each drawing’s log to itself (the renderer draws every user’s pages)', async () => {
    const a = bff({
      streams: { [V2_STREAM]: event('0:1', { worker: 'worker-0', lines: ['for alice'] }) },
    });
    const b = bff({ streams: { [V2_STREAM]: 'event: end\ndata: {}\n\n' } });
    const pa = await renderPage({ url: '/jobs/v2/uuid-2', fetch: a, language: ENGLISH });
    const pb = await renderPage({ url: '/jobs/v2/uuid-2', fetch: b, language: ENGLISH });
    expect(pa!.html).toContain('for alice');
    expect(pb!.html).not.toContain('for alice');
  });
});
