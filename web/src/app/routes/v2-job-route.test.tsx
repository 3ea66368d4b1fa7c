import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../../test/fake-event-source.js';
import { createTestQueryClient, jsonFetch, renderRoute } from '../../test/render.js';
import { drawnLogKey, type DrawnLog } from '../../lib/drawn-log.js';
import { takeEarlyStream } from '../../lib/early-log-stream.js';
import { forgetLogs } from '../../lib/log-memory.js';
import { prefetchPage, V2JobRoute } from './v2-job-route.js';

const JOB = {
  kind: 'job',
  metadata: {
    id: 'job-1',
    name: 'ddp_job',
    description: 'first',
    create_time: 1_700_000_000_000,
  },
  status: {
    phase: 'Running',
    secondary_phase: 'Running',
    duration: 65_000,
    tasks: ['worker-0', 'worker-1'],
    task_statuses: [{ task: 'worker-1', exit_code: 0, message: 'done' }],
  },
  algorithm: { engine: { image_url: 'org/img:1' }, command: 'python train.py' },
  spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 2 } },
};

const EVENTS = {
  total: 2,
  events: [
    {
      time: '2026-11-23T13:00:00+00:00',
      level: 'Info',
      message: 'Training job is running.',
      source: 'Job',
    },
    {
      time: '2026-11-23T13:00:05+00:00',
      level: 'Info',
      message: '[worker-1] Training finished. Exit code 0.',
      source: 'Task',
    },
  ],
};

function renderPage() {
  const fetch = vi.fn(
    jsonFetch({
      'GET /api/v2/training-jobs/job-1': { body: JOB },
      'GET /api/v2/training-jobs/job-1/events': { body: EVENTS },
      'GET /api/v2/training-jobs/job-1/metrics/worker-0': {
        body: { metrics: [{ metric: 'cpuUsage', value: [-1, 3, 4] }] },
      },
      'POST /api/v2/training-jobs/job-1/actions': {
        status: 202,
        body: { ...JOB, status: { ...JOB.status, phase: 'Terminating' } },
      },
      'PUT /api/v2/training-jobs/job-1': { body: null },
      'DELETE /api/v2/training-jobs/job-1': { status: 202, body: '' },
    }),
  );
  vi.stubGlobal('fetch', fetch);
  return {
    fetch,
    ...renderRoute(<V2JobRoute />, { path: '/jobs/v2/job-1', route: '/jobs/v2/:jobId' }),
  };
}

function callsTo(fetch: ReturnType<typeof vi.fn>, method: string, path: string) {
  return fetch.mock.calls.filter(
    ([url, init]) =>
      String(url) === path && ((init as RequestInit | undefined)?.method ?? 'GET') === method,
  ) as [string, RequestInit][];
}

describe('V2JobRoute', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the job, its tasks with their state, events and one log stream for all tasks', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'ddp_job' })).toBeInTheDocument();
    expect(screen.getByTestId('job-status')).toHaveTextContent('Running');
    const tasks = screen.getByRole('table', { name: 'Tasks' });
    expect(within(tasks).getByTestId('task-worker-0')).toHaveTextContent('Running');
    expect(within(tasks).getByTestId('task-worker-1')).toHaveTextContent('Completed');
    expect(screen.getByText('Image org/img:1 — python train.py')).toBeInTheDocument();
    expect(
      await screen.findByText('[worker-1] Training finished. Exit code 0.'),
    ).toBeInTheDocument();
    expect(FakeEventSource.instances.map((s) => s.url)).toEqual([
      '/api/logs/job/v2/job-1?workers=worker-0,worker-1',
    ]);
  });

  it('opens the log stream from the route loader, before the page draws; the page takes it over', async () => {
    const fetch = vi.fn(jsonFetch({ 'GET /api/v2/training-jobs/job-1': { body: JOB } }));
    vi.stubGlobal('fetch', fetch);
    await prefetchPage(createTestQueryClient(), { params: { jobId: 'job-1' } });
    expect(FakeEventSource.instances).toHaveLength(1);
    const early = FakeEventSource.latest();
    expect(early.url).toBe('/api/logs/job/v2/job-1?workers=worker-0,worker-1');
    early.open();
    early.emit('log', { worker: 'worker-0', lines: ['epoch 1 loss 0.9'] }, 'c1');
    renderPage();
    // the line that came before the page drew is in its log (the counter of the merged view)
    expect(await screen.findByText(/^1 line$/)).toBeInTheDocument();
    expect(FakeEventSource.instances).toEqual([early]);
  });

  it('a page drawn with its log’s first lines shows them at once and resumes after them', async () => {
    forgetLogs(); // the page's memory: a fresh page load
    vi.stubGlobal('fetch', vi.fn(jsonFetch({ 'GET /api/v2/training-jobs/job-1': { body: JOB } })));
    const queryClient = createTestQueryClient();
    const url = '/api/logs/job/v2/job-1?workers=worker-0,worker-1';
    const drawn: DrawnLog = {
      workers: ['worker-0', 'worker-1'],
      events: [
        { worker: 'worker-0', lines: ['a', 'b'] },
        { worker: 'worker-1', lines: ['c'] },
      ],
      lastEventId: '0:2,1:1',
    };
    queryClient.setQueryData(drawnLogKey(url), drawn);
    // the route's loader opens no stream of its own: the view resumes after the drawn lines
    await prefetchPage(queryClient, { params: { jobId: 'job-1' } });
    expect(FakeEventSource.instances).toEqual([]);
    renderRoute(<V2JobRoute />, { path: '/jobs/v2/job-1', route: '/jobs/v2/:jobId', queryClient });
    expect(await screen.findByText(/^3 lines$/)).toBeInTheDocument();
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(FakeEventSource.latest().url).toBe(
      `${url}&last_event_id=${encodeURIComponent('0:2,1:1')}`,
    );
    act(() =>
      FakeEventSource.latest().emit('log', { worker: 'worker-1', lines: ['d'] }, '0:2,1:2'),
    );
    expect(await screen.findByText(/^4 lines$/)).toBeInTheDocument();
    expect(queryClient.getQueryData(drawnLogKey(url))).toBeUndefined(); // taken once
  });

  it('a page drawn without log lines leaves the stream to open early, as without a drawing', async () => {
    forgetLogs();
    vi.stubGlobal('fetch', vi.fn(jsonFetch({ 'GET /api/v2/training-jobs/job-1': { body: JOB } })));
    const queryClient = createTestQueryClient();
    const url = '/api/logs/job/v2/job-1?workers=worker-0,worker-1';
    const empty: DrawnLog = { workers: ['worker-0', 'worker-1'], events: [], lastEventId: '' };
    queryClient.setQueryData(drawnLogKey(url), empty);
    await prefetchPage(queryClient, { params: { jobId: 'job-1' } });
    expect(FakeEventSource.instances.map((s) => s.url)).toEqual([url]);
    takeEarlyStream(url)?.source.close(); // no page here takes it over
  });

  it('reads the job again when its log stream says another status, not the one it shows', async () => {
    // the job as the upstream answers it: running at first, completed from the second read on
    let reads = 0;
    const routed = jsonFetch({
      'GET /api/v2/training-jobs/job-1/events': { body: EVENTS },
      'GET /api/v2/training-jobs/job-1/metrics/worker-0': { body: { metrics: [] } },
    });
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) !== '/api/v2/training-jobs/job-1') return routed(input, init);
      reads += 1;
      const phase = reads === 1 ? 'Running' : 'Completed';
      return Response.json({ ...JOB, status: { ...JOB.status, phase, secondary_phase: phase } });
    });
    vi.stubGlobal('fetch', fetch);
    renderRoute(<V2JobRoute />, { path: '/jobs/v2/job-1', route: '/jobs/v2/:jobId' });
    expect(await screen.findByTestId('job-status')).toHaveTextContent('Running');
    const stream = FakeEventSource.latest();
    act(() => stream.open());
    // what the stream says when it opens: the status shown, so nothing is read again
    act(() => stream.emit('status', { phase: 'Running', secondary_phase: 'Running' }));
    // its end: another status, so the job is read once more
    act(() => stream.emit('end', { phase: 'Completed', secondary_phase: 'Completed' }));
    await waitFor(() => expect(screen.getByTestId('job-status')).toHaveTextContent('Completed'));
    expect(reads).toBe(2);
  });

  it('opens no early stream for a job without tasks, or one it cannot read', async () => {
    const fetch = vi.fn(
      jsonFetch({
        'GET /api/v2/training-jobs/job-1': {
          body: { ...JOB, status: { ...JOB.status, tasks: [] } },
        },
        'GET /api/v2/training-jobs/job-2': {
          status: 404,
          body: { error_code: 'ModelArts.0404', error_msg: 'no' },
        },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    await Promise.all([
      prefetchPage(createTestQueryClient(), { params: { jobId: 'job-1' } }),
      prefetchPage(createTestQueryClient(), { params: { jobId: 'job-2' } }),
      prefetchPage(createTestQueryClient(), { params: {} }),
    ]);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(FakeEventSource.instances).toEqual([]);
  });

  it('terminates after confirmation', async () => {
    const { fetch } = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Terminate' }));
    const dialog = await screen.findByRole('dialog');
    expect(callsTo(fetch, 'POST', '/api/v2/training-jobs/job-1/actions')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Terminate' }));
    await waitFor(() =>
      expect(callsTo(fetch, 'POST', '/api/v2/training-jobs/job-1/actions')).toHaveLength(1),
    );
    const [, init] = callsTo(fetch, 'POST', '/api/v2/training-jobs/job-1/actions')[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ action_type: 'terminate' });
  });

  it('edits the description', async () => {
    const { fetch } = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit description' }));
    const box = screen.getByLabelText('Description');
    await userEvent.clear(box);
    await userEvent.type(box, 'second');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(callsTo(fetch, 'PUT', '/api/v2/training-jobs/job-1')).toHaveLength(1),
    );
    const [, init] = callsTo(fetch, 'PUT', '/api/v2/training-jobs/job-1')[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ description: 'second' });
  });

  it('deletes after confirmation and goes back to the list', async () => {
    const { fetch, router } = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'));
    expect(callsTo(fetch, 'DELETE', '/api/v2/training-jobs/job-1')).toHaveLength(1);
  });
});
