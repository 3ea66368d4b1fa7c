import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../../test/fake-event-source.js';
import { createTestQueryClient, jsonFetch, renderRoute } from '../../test/render.js';
import { JobDetailRoute, prefetchPage } from './job-detail-route.js';

const version = (id: number, name: string, status: number) => ({
  job_id: 5,
  job_name: 'job_a',
  job_desc: 'first',
  version_id: id,
  version_name: name,
  status,
  create_time: 1609121837000,
  worker_server_num: 1,
  system_metric_list: { cpuUsage: ['1.5', '2.5'], memUsage: ['10.0'], interval: 1 },
});

function setup(status = 8, extra: Parameters<typeof jsonFetch>[0] = {}) {
  const fetchMock = vi.fn(
    jsonFetch({
      'GET /api/v1/training-jobs/5/versions/11': {
        body: { is_success: true, ...version(11, 'V0002', status) },
      },
      'GET /api/v1/training-jobs/5/versions/11/log/file-names': {
        body: { is_success: true, log_file_list: [] },
      },
      'GET /api/v1/training-jobs/5/versions': {
        body: {
          is_success: true,
          job_id: 5,
          job_name: 'job_a',
          version_count: 2,
          versions: [
            { ...version(11, 'V0002', status), pre_version_id: 10 },
            version(10, 'V0001', 10),
          ],
        },
      },
      'POST /api/v1/training-jobs/5/versions/11/stop': { body: { is_success: true } },
      'PUT /api/v1/training-jobs/5': { body: { is_success: true } },
      'DELETE /api/v1/training-jobs/5/versions/10': { body: { is_success: true } },
      ...extra,
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const view = renderRoute(<JobDetailRoute />, {
    path: '/jobs/v1/5/versions/11',
    route: '/jobs/v1/:jobId/versions/:versionId',
  });
  return { ...view, fetchMock, user: userEvent.setup() };
}

const calls = (m: ReturnType<typeof vi.fn>, method: string) =>
  m.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === method);

describe('job detail actions', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stops a running version after confirmation', async () => {
    const { user, fetchMock } = setup();
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(calls(fetchMock, 'POST')).toHaveLength(0);
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stop' }),
    );
    await waitFor(() => expect(calls(fetchMock, 'POST')).toHaveLength(1));
    expect(String(calls(fetchMock, 'POST')[0]?.[0])).toBe(
      '/api/v1/training-jobs/5/versions/11/stop',
    );
  });

  it('has no Stop button for a finished version', async () => {
    setup(10);
    await screen.findByRole('heading', { name: 'job_a' });
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
  });

  it('edits the description in place and refuses more than 256 characters', async () => {
    const { user, fetchMock } = setup();
    await user.click(await screen.findByRole('button', { name: 'Edit description' }));
    const box = screen.getByLabelText('Job description');
    await user.clear(box);
    await user.click(box);
    await user.paste('x'.repeat(257));
    await user.click(screen.getByRole('button', { name: 'Save description' }));
    expect(
      await screen.findByText('Description must be at most 256 characters'),
    ).toBeInTheDocument();
    expect(calls(fetchMock, 'PUT')).toHaveLength(0);
    await user.clear(box);
    await user.type(box, 'second');
    await user.click(screen.getByRole('button', { name: 'Save description' }));
    await waitFor(() => expect(calls(fetchMock, 'PUT')).toHaveLength(1));
    expect(JSON.parse(String((calls(fetchMock, 'PUT')[0]?.[1] as RequestInit).body))).toEqual({
      job_desc: 'second',
    });
  });

  it('lists versions with links and deletes one after confirmation', async () => {
    const { user, fetchMock, router } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Versions' }));
    expect(router.state.location.search).toBe('?tab=versions');
    const table = await screen.findByRole('table', { name: 'Versions' });
    expect(within(table).getByRole('link', { name: 'V0001' })).toHaveAttribute(
      'href',
      '/jobs/v1/5/versions/10',
    );
    expect(within(table).getByRole('link', { name: 'New version from V0001' })).toHaveAttribute(
      'href',
      '/jobs/v1/5/versions/10/new-version',
    );
    await user.click(within(table).getByRole('button', { name: 'Delete V0001' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete version' }),
    );
    await waitFor(() => expect(calls(fetchMock, 'DELETE')).toHaveLength(1));
  });

  it('reads the version again when its log stream says another status, not the one it shows', async () => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    // the version as the upstream answers it: running (8) at first, completed (10) from then on
    let reads = 0;
    const routed = jsonFetch({
      'GET /api/v1/training-jobs/5/versions/11/log/file-names': {
        body: { is_success: true, log_file_list: ['job-5.0'] },
      },
      'GET /api/v1/training-jobs/5/versions': {
        body: { is_success: true, job_id: 5, job_name: 'job_a', version_count: 0, versions: [] },
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input) !== '/api/v1/training-jobs/5/versions/11') return routed(input, init);
        reads += 1;
        return Response.json({ is_success: true, ...version(11, 'V0002', reads === 1 ? 8 : 10) });
      }),
    );
    renderRoute(<JobDetailRoute />, {
      path: '/jobs/v1/5/versions/11',
      route: '/jobs/v1/:jobId/versions/:versionId',
    });
    expect(await screen.findByTestId('job-status')).toHaveTextContent('Running');
    await waitFor(() => expect(FakeEventSource.instances).toHaveLength(1));
    const stream = FakeEventSource.latest();
    act(() => stream.open());
    // what the stream says when it opens: the status shown, so nothing is read again
    act(() => stream.emit('status', { status: 8, name: 'JOBSTAT_RUNNING' }));
    // its end: another status, so the version is read once more
    act(() => stream.emit('end', { status: 10, name: 'JOBSTAT_COMPLETED' }));
    await waitFor(() => expect(screen.getByTestId('job-status')).toHaveTextContent('Completed'));
    expect(reads).toBe(2);
  });

  it('takes over the log stream the route opened before the page drew, with what it received', async () => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    const files = {
      'GET /api/v1/training-jobs/5/versions/11/log/file-names': {
        body: { is_success: true, log_file_list: ['job-5.0'] },
      },
    };
    vi.stubGlobal('fetch', vi.fn(jsonFetch(files)));
    await prefetchPage(createTestQueryClient(), { params: { jobId: '5', versionId: '11' } });
    const early = FakeEventSource.latest();
    expect(early.url).toBe('/api/logs/job/v1/5/11?workers=job-5.0');
    early.open();
    early.emit('log', { worker: 'job-5.0', lines: ['epoch 1 loss 0.9'] }, 'c1');
    setup(8, files);
    // the line that came before the page drew is in its log (the panel's line count)
    expect(await screen.findByText(/^1 line$/)).toBeInTheDocument();
    expect(FakeEventSource.instances).toEqual([early]);
  });
});
