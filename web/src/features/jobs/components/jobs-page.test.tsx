import { screen, within } from '@testing-library/react';
import { TrainingJobListResponseSchema } from '@console/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { hasActiveJobs } from '../api/list-jobs.js';
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

function renderList(answer: { status?: number; body: unknown }) {
  vi.stubGlobal('fetch', vi.fn(jsonFetch({ 'GET /api/v1/training-jobs': answer })));
  return renderRoute(<JobsPage />, { path: '/jobs' });
}

describe('JobsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists jobs with a detail link, a status label and the duration', async () => {
    renderList({ body: LIST });
    const link = await screen.findByRole('link', { name: 'jobtest_TF' });
    expect(link).toHaveAttribute('href', '/jobs/v1/567524/versions/1108482');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByText('2m 05s')).toBeInTheDocument();
    expect(screen.getByText('Completed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create training job' })).toHaveAttribute(
      'href',
      '/jobs/create',
    );
  });

  it('shows an empty state', async () => {
    renderList({ body: { is_success: true, job_total_count: 0, jobs: [] } });
    expect(await screen.findByText('No training jobs yet')).toBeInTheDocument();
  });

  it('shows an upstream error inline with its code', async () => {
    renderList({
      status: 503,
      body: { error_code: 'Console.0502', error_msg: 'ModelArts is unreachable' },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Console.0502');
    expect(alert).toHaveTextContent('ModelArts is unreachable');
  });

  it('keeps refreshing only while a job can still change', () => {
    const running = TrainingJobListResponseSchema.parse(LIST);
    const done = TrainingJobListResponseSchema.parse({ ...LIST, jobs: LIST.jobs.slice(1) });
    expect(hasActiveJobs(running)).toBe(true);
    expect(hasActiveJobs(done)).toBe(false);
  });
});
