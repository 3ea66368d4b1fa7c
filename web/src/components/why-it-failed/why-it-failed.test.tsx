import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnosis } from '@console/shared';
import { lineSearch } from '../../lib/log-line-link.js';
import { jsonFetch, renderRoute } from '../../test/render.js';
import { WhyItFailed } from './why-it-failed.js';

const DIAGNOSIS: Diagnosis = {
  api: 'v2',
  failed: true,
  status: 'Run failed',
  workers: [
    {
      worker: 'worker-0',
      exit_code: 1,
      failed: true,
      error: {
        kind: 'traceback',
        label: 'Python exception',
        line: 7,
        text: 'RuntimeError: dataset is corrupted',
        context: [
          { line: 4, text: 'Traceback (most recent call last):' },
          { line: 5, text: '  File "train.py", line 3' },
          { line: 6, text: '    main()' },
          { line: 7, text: 'RuntimeError: dataset is corrupted' },
        ],
      },
      tail: [],
      bytes_read: 300,
      truncated: false,
    },
    {
      worker: 'worker-1',
      exit_code: 143,
      failed: true,
      error: null,
      tail: [{ line: 1, text: 'waiting for rank 0' }],
      bytes_read: 20,
      truncated: false,
    },
  ],
  events: [{ time: '2026-12-06T10:00:00Z', level: 'Error', message: '[worker-0] Training failed' }],
};

describe('WhyItFailed', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the failed workers, the error line with its context, and links to the line', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(jsonFetch({ 'GET /api/diagnosis/v2/job-1': { body: DIAGNOSIS } })),
    );
    const { router } = renderRoute(
      <WhyItFailed
        target={{ api: 'v2', jobId: 'job-1' }}
        lineHref={(w, line) => lineSearch('task', w.worker, line)}
      />,
      { path: '/jobs/v2/job-1', route: '/jobs/v2/:id' },
    );
    const panel = screen.getByRole('region', { name: 'Why it failed' });
    expect(within(panel).getByText('Looking for the error in the log…')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(panel).getAllByText('RuntimeError: dataset is corrupted')).toHaveLength(2),
    );
    expect(within(panel).getByText('exit code 1')).toBeInTheDocument();
    expect(within(panel).getByText('Python exception')).toBeInTheDocument();
    const excerpt = within(panel).getByLabelText('Log of worker-0 around the error');
    expect(excerpt.querySelector('[aria-current="true"]')?.textContent).toBe(
      '7RuntimeError: dataset is corrupted',
    );
    expect(within(panel).getByText(/No line of this log looks like an error/)).toBeInTheDocument();
    expect(within(panel).getByText('[worker-0] Training failed')).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('link', { name: 'Show line 7 in the log' }));
    expect(router.state.location.pathname).toBe('/jobs/v2/job-1');
    expect(router.state.location.search).toBe('?line=7&task=worker-0');
  });

  it('says when the diagnosis could not be made', async () => {
    vi.stubGlobal('fetch', vi.fn(jsonFetch({})));
    renderRoute(
      <WhyItFailed target={{ api: 'v1', jobId: 1, versionId: 2 }} lineHref={() => '?line=1'} />,
    );
    expect(await screen.findByText('Could not look for the error')).toBeInTheDocument();
  });
});
