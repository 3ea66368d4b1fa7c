import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { pagedJobsFetch } from '../../../test/job-lists.js';
import { JobsPage } from './jobs-page.js';

const LIST = {
  is_success: true,
  job_total_count: 2,
  jobs: [
    {
      job_id: 567524,
      job_name: 'jobtest_TF',
      version_id: 1108482,
      status: 8,
      create_time: 1609121837000,
      duration: 125000,
    },
    {
      job_id: 10,
      job_name: 'done_job',
      version_id: 11,
      status: '10',
      create_time: 1524189990635,
      duration: 532003,
    },
  ],
};

const V2_PAGE = {
  total: 1,
  count: 1,
  limit: 10,
  offset: 0,
  items: [
    {
      kind: 'job',
      metadata: { id: 'uuid-2', name: 'v2_job', create_time: 1700000000000 },
      status: { phase: 'Terminated', secondary_phase: 'Terminated', duration: 1000 },
    },
  ],
};

type Answer = { status?: number; body: unknown };

function renderList(v1: Answer, v2: Answer = { body: V2_PAGE }, path = '/jobs') {
  const fetch = vi.fn(
    jsonFetch({ 'GET /api/v1/training-jobs': v1, 'POST /api/v2/training-job-searches': v2 }),
  );
  vi.stubGlobal('fetch', fetch);
  return { fetch, ...renderRoute(<JobsPage />, { path, route: '/jobs' }) };
}

function requestTo(fetch: ReturnType<typeof vi.fn>, needle: string) {
  const call = fetch.mock.calls.findLast(([url]) => String(url).includes(needle));
  return call as [string, RequestInit] | undefined;
}

describe('JobsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists v1 and v2 jobs merged newest first with an API column', async () => {
    renderList({ body: LIST });
    const link = await screen.findByRole('link', { name: 'jobtest_TF' });
    expect(link).toHaveAttribute('href', '/jobs/v1/567524/versions/1108482');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByText('2m 05s')).toBeInTheDocument();
    expect(within(row).getByText('v1')).toBeInTheDocument();
    const v2 = await screen.findByRole('link', { name: 'v2_job' });
    expect(v2).toHaveAttribute('href', '/jobs/v2/uuid-2');
    expect(within(v2.closest('tr') as HTMLElement).getByText('Terminated')).toBeInTheDocument();
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('a')?.textContent);
    expect(names).toEqual(['v2_job', 'jobtest_TF', 'done_job']);
    expect(screen.getByText('3 jobs')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create training job' })).toHaveAttribute(
      'href',
      '/jobs/create',
    );
    expect(screen.getByRole('link', { name: 'Create v2 training job' })).toHaveAttribute(
      'href',
      '/jobs/v2/create',
    );
  });

  it('reads the filters from the URL and sends them to both APIs', async () => {
    const { fetch } = renderList({ body: LIST }, { body: V2_PAGE }, '/jobs?status=failed&q=abc');
    await screen.findByRole('link', { name: 'v2_job' });
    const [v1Url] = requestTo(fetch, '/api/v1/training-jobs') ?? [''];
    expect(v1Url).toContain('status=11');
    expect(v1Url).toContain('search_content=abc');
    expect(v1Url).toContain('sortBy=create_time');
    expect(v1Url).toContain('order=desc');
    expect(v1Url).toContain('page=1');
    expect(v1Url).toContain('per_page=10');
    const [, init] = requestTo(fetch, '/api/v2/training-job-searches') ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({
      offset: 0,
      limit: 10,
      sort_by: 'create_time',
      order: 'desc',
      filters: [
        { key: 'name', operator: 'like', value: ['abc'] },
        { key: 'phase', operator: 'in', value: ['Failed', 'Abnormal'] },
      ],
    });
    expect(screen.getByLabelText('Search by name')).toHaveValue('abc');
  });

  it('puts a version filter in the URL and asks only that API', async () => {
    const { router } = renderList({ body: LIST });
    await screen.findByRole('link', { name: 'v2_job' });
    await userEvent.click(screen.getByRole('radio', { name: 'v2' }));
    await waitFor(() => expect(router.state.location.search).toBe('?api=v2'));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'jobtest_TF' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'v2_job' })).toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    renderList(
      { body: { is_success: true, job_total_count: 0, jobs: [] } },
      { body: { total: 0, count: 0, items: [] } },
    );
    expect(await screen.findByText('No training jobs yet')).toBeInTheDocument();
  });

  it('shows an upstream error inline with its code and keeps the other API rows', async () => {
    renderList(
      { body: LIST },
      { status: 503, body: { error_code: 'Console.0502', error_msg: 'ModelArts is unreachable' } },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Console.0502');
    expect(alert).toHaveTextContent('ModelArts is unreachable');
    // a notice naming the API that did not answer, not "could not load training jobs"
    expect(alert).toHaveTextContent('Showing only some jobs: the v2 job list did not answer');
    expect(alert).not.toHaveTextContent('Could not load training jobs');
    expect(await screen.findByRole('link', { name: 'jobtest_TF' })).toBeInTheDocument();
  });

  it('lists the jobs it can read and says how many it left out', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(pagedJobsFetch({ v1: [...LIST.jobs, { job_id: 'x' }], v2: V2_PAGE.items })),
    );
    renderRoute(<JobsPage />, { path: '/jobs', route: '/jobs' });
    expect(await screen.findByRole('link', { name: 'jobtest_TF' })).toBeInTheDocument();
    expect(
      screen.getByText('1 of the jobs ModelArts listed could not be read and is left out.'),
    ).toBeInTheDocument();
  });

  it('with v2 failing and no v1 job, says there is no v1 job (not "no training jobs yet")', async () => {
    renderList(
      { body: { ...LIST, job_total_count: 0, jobs: [] } },
      { status: 500, body: { error_code: 'ModelArts.0010', error_msg: 'Internal error.' } },
    );
    expect(await screen.findByText('No v1 training jobs')).toBeInTheDocument();
    expect(screen.queryByText('No training jobs yet')).not.toBeInTheDocument();
  });

  it('says it could not load the jobs when both lists fail', async () => {
    const down = { status: 503, body: { error_code: 'Console.0502', error_msg: 'unreachable' } };
    renderList(down, down);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load training jobs');
    expect(alert).toHaveTextContent('Console.0502');
  });
});
