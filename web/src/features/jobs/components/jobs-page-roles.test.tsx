import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@console/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionKeys } from '../../../lib/session-query.js';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { JobsPage } from './jobs-page.js';

const LIST = {
  is_success: true,
  job_total_count: 1,
  jobs: [
    {
      job_id: 12,
      job_name: 'running_job',
      version_id: 13,
      status: 8,
      create_time: 1609121837000,
      duration: 125000,
    },
  ],
};
const V2_EMPTY = { total: 0, count: 0, limit: 10, offset: 0, items: [] };

function renderAs(role: Role) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      jsonFetch({
        'GET /api/v1/training-jobs': { body: LIST },
        'POST /api/v2/training-job-searches': { body: V2_EMPTY },
      }),
    ),
  );
  const r = renderRoute(<JobsPage />, { path: '/jobs', route: '/jobs' });
  act(() =>
    r.queryClient.setQueryData(sessionKeys.current(), {
      user: 'someone',
      domain: 'idp',
      project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
      expiresAt: '2099-01-01T00:00:00Z',
      role,
      roles: { 'eu-de': role },
    }),
  );
  return r;
}

describe('JobsPage in the team portal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a viewer no create, stop or delete, and says why', async () => {
    renderAs('viewer');
    expect(await screen.findByRole('link', { name: 'running_job' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create training job' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create v2 training job' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actions for running_job' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Select running_job' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(
      "Your role (viewer) can't create, stop or delete jobs — ask an admin",
    );
  });

  it('lets an operator create and stop, but not delete', async () => {
    renderAs('operator');
    await screen.findByRole('link', { name: 'running_job' });
    expect(screen.getByRole('link', { name: 'Create training job' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent("Your role (operator) can't delete jobs");
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Actions for running_job' }));
    expect(await screen.findByRole('menuitem', { name: 'Stop' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).toBeNull();
  });

  it('gives an admin every button and no note', async () => {
    renderAs('admin');
    await screen.findByRole('link', { name: 'running_job' });
    expect(screen.getByRole('link', { name: 'Create v2 training job' })).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Actions for running_job' }));
    expect(await screen.findByRole('menuitem', { name: 'Delete' })).toBeInTheDocument();
  });
});
