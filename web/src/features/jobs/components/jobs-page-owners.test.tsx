import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@console/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionKeys } from '../../../lib/session-query.js';
import { portalSession } from '../../../test/portal-session.js';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { JobsPage } from './jobs-page.js';

const V1 = {
  is_success: true,
  job_total_count: 1,
  jobs: [{ job_id: 12, job_name: 'v1_job', version_id: 13, status: 8, create_time: 1000 }],
};
const v2Job = (id: string, name: string, createdBy?: string) => ({
  metadata: {
    id,
    name,
    create_time: 2000,
    ...(createdBy ? { annotations: { 'modelarts-console/created-by': createdBy } } : {}),
  },
  status: { phase: 'Running', duration: 1000 },
});
const V2 = {
  total: 3,
  count: 3,
  limit: 10,
  offset: 0,
  items: [v2Job('a', 'ottos_job', 'otto'), v2Job('b', 'olgas_job', 'olga'), v2Job('c', 'old_job')],
};

function renderAs(role: Role, path = '/jobs') {
  const fetch = vi.fn(
    jsonFetch({
      'GET /api/v1/training-jobs': { body: V1 },
      'POST /api/v2/training-job-searches': { body: V2 },
    }),
  );
  vi.stubGlobal('fetch', fetch);
  const view = renderRoute(<JobsPage />, { path, route: '/jobs' });
  act(() => view.queryClient.setQueryData(sessionKeys.current(), portalSession(role)));
  return { fetch, ...view };
}

const rowOf = async (name: string) =>
  (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;

describe('job owners in the list (team portal)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows who created each v2 job, "—" otherwise', async () => {
    renderAs('admin');
    expect(within(await rowOf('ottos_job')).getByTestId('created-by')).toHaveTextContent('otto');
    expect(within(await rowOf('olgas_job')).getByTestId('created-by')).toHaveTextContent('olga');
    expect(within(await rowOf('old_job')).getByTestId('created-by')).toHaveTextContent('—');
    expect(
      within(await rowOf('v1_job')).getByLabelText('Creator not shown for v1 jobs'),
    ).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Created by' })).toBeInTheDocument();
  });

  it('offers an operator Stop only on their own v2 jobs, and says why', async () => {
    renderAs('operator');
    await userEvent.click(
      await within(await rowOf('ottos_job')).findByRole('button', {
        name: 'Actions for ottos_job',
      }),
    );
    expect(await screen.findByRole('menuitem', { name: 'Terminate' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actions for olgas_job' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Actions for old_job' })).toBeNull();
    // v1: the browser cannot see the creator; the BFF checks it
    expect(await screen.findByRole('button', { name: 'Actions for v1_job' })).toBeInTheDocument();
    expect(screen.getByTestId('owner-note')).toHaveTextContent(
      'As an operator you may stop only your own jobs',
    );
  });

  it('"Mine" keeps my v2 jobs and says what it covers', async () => {
    const { router } = renderAs('operator');
    await userEvent.click(await screen.findByRole('checkbox', { name: /Mine/ }));
    expect(router.state.location.search).toBe('?mine=1');
    expect(await screen.findByTestId('mine-note')).toHaveTextContent(
      'that you started through this console',
    );
    await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'olgas_job' })).toBeNull());
    expect(screen.getByRole('link', { name: 'ottos_job' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'v1_job' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'old_job' })).toBeNull();
    expect(screen.getByText('1 job')).toBeInTheDocument();
  });

  it('offers no Created by or Mine in the personal console', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        jsonFetch({
          'GET /api/v1/training-jobs': { body: V1 },
          'POST /api/v2/training-job-searches': { body: V2 },
        }),
      ),
    );
    renderRoute(<JobsPage />, { path: '/jobs', route: '/jobs' });
    await screen.findByRole('link', { name: 'ottos_job' });
    expect(screen.queryByRole('columnheader', { name: 'Created by' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Mine/ })).toBeNull();
  });
});
