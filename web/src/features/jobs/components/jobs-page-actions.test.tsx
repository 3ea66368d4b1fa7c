import { notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { ApiError } from '../../../lib/api-error.js';
import type { JobRow } from '../job-rows.js';
import { reportBatch } from './confirm-job-action.js';
import { JobsPage } from './jobs-page.js';

const V1_LIST = {
  is_success: true,
  job_total_count: 2,
  jobs: [
    { job_id: 7, job_name: 'running_v1', version_id: 70, status: 8, create_time: 3000 },
    { job_id: 9, job_name: 'done_v1', version_id: 90, status: 10, create_time: 1000 },
  ],
};
const V2_PAGE = {
  total: 1,
  count: 1,
  items: [
    {
      kind: 'job',
      metadata: { id: 'uuid-2', name: 'running_v2', create_time: 2000 },
      status: { phase: 'Running', secondary_phase: 'Running', duration: 1000 },
    },
  ],
};

function renderList(extra: Record<string, { status?: number; body: unknown }> = {}) {
  const fetch = vi.fn(
    jsonFetch({
      'GET /api/v1/training-jobs': { body: V1_LIST },
      'POST /api/v2/training-job-searches': { body: V2_PAGE },
      'POST /api/v1/training-jobs/7/versions/70/stop': { body: { is_success: true } },
      'POST /api/v2/training-jobs/uuid-2/actions': { status: 202, body: {} },
      'DELETE /api/v1/training-jobs/9': { body: { is_success: true } },
      'DELETE /api/v2/training-jobs/uuid-2': { status: 202, body: '' },
      ...extra,
    }),
  );
  vi.stubGlobal('fetch', fetch);
  renderRoute(<JobsPage />, { path: '/jobs', route: '/jobs' });
  return fetch;
}

const calls = (fetch: ReturnType<typeof vi.fn>, method: string) =>
  fetch.mock.calls
    .filter(([, init]) => ((init as RequestInit | undefined)?.method ?? 'GET') === method)
    .map(([url]) => String(url));

async function confirm(button: string) {
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: button }));
}

// Sticky notifications live in Mantine's module-level store: clear them between tests.
afterEach(() => {
  act(() => {
    notifications.clean();
    notifications.cleanQueue();
  });
});

describe('reportBatch', () => {
  it('sums up many failures in one notification naming the jobs and the first error', async () => {
    renderList();
    const failures = [1, 2, 3, 4, 5].map((n) => ({
      row: { key: `v1:${n}`, name: `job${n}` } as JobRow,
      error: new ApiError({ status: 400, code: 'ModelArts.0103', message: 'Job is locked' }),
    }));
    act(() => reportBatch('Delete', failures));
    expect(await screen.findByText('Delete failed for 5 jobs')).toBeInTheDocument();
    expect(
      screen.getByText('job1, job2, job3, job4, job5. First error ModelArts.0103: Job is locked'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Delete job1 failed')).not.toBeInTheDocument();
  });
});

describe('JobsPage actions', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('deletes one job from its row menu after confirmation', async () => {
    const fetch = renderList();
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for done_v1' }));
    await screen.findByRole('menuitem', { name: 'Delete', hidden: true });
    expect(screen.queryByRole('menuitem', { name: 'Stop', hidden: true })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete', hidden: true }));
    expect(calls(fetch, 'DELETE')).toEqual([]);
    await confirm('Delete');
    await waitFor(() => expect(calls(fetch, 'DELETE')).toEqual(['/api/v1/training-jobs/9']));
    expect(await screen.findByText('Delete: 1 job done')).toBeInTheDocument();
  });

  it('terminates a running v2 job from its row menu', async () => {
    const fetch = renderList();
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for running_v2' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Terminate', hidden: true }));
    await confirm('Terminate');
    await waitFor(() =>
      expect(calls(fetch, 'POST')).toContain('/api/v2/training-jobs/uuid-2/actions'),
    );
  });

  it('stops only the active selected jobs, and deletes all selected, reporting each failure', async () => {
    const fetch = renderList({
      'DELETE /api/v1/training-jobs/7': {
        status: 400,
        body: { is_success: false, error_code: 'ModelArts.0103', error_msg: 'Job is locked' },
      },
    });
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Select all jobs on this page' }),
    );
    const bar = screen.getByRole('group', { name: 'Selected jobs' });
    expect(within(bar).getByText('3 selected')).toBeInTheDocument();
    await userEvent.click(within(bar).getByRole('button', { name: 'Stop (2)' }));
    await confirm('Stop / terminate');
    await waitFor(() =>
      expect(calls(fetch, 'POST')).toEqual(
        expect.arrayContaining([
          '/api/v1/training-jobs/7/versions/70/stop',
          '/api/v2/training-jobs/uuid-2/actions',
        ]),
      ),
    );
    await userEvent.click(within(bar).getByRole('button', { name: 'Delete (3)' }));
    await confirm('Delete');
    await waitFor(() => expect(calls(fetch, 'DELETE')).toHaveLength(3));
    expect(await screen.findByText('Delete running_v1 failed')).toBeInTheDocument();
    expect(screen.getByText('ModelArts.0103: Job is locked')).toBeInTheDocument();
    expect(screen.getByText('Delete: 2 jobs done')).toBeInTheDocument();
  });
});
