import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pagedJobsFetch } from '../../../test/job-lists.js';
import { renderRoute } from '../../../test/render.js';
import { JobsPage } from './jobs-page.js';

/** 12 v1 and 12 v2 jobs, created alternately one minute apart (v2 first), newest first. */
const T0 = Date.UTC(2026, 11, 6, 10);
const v1 = Array.from({ length: 12 }, (_, i) => ({
  job_id: 100 + i,
  job_name: `v1_job_${String(11 - i).padStart(2, '0')}`,
  version_id: 200 + i,
  status: 10,
  create_time: T0 + (11 - i) * 120_000 + 60_000,
}));
const v2 = Array.from({ length: 12 }, (_, i) => ({
  kind: 'job',
  metadata: {
    id: `id-${i}`,
    name: `v2_job_${String(11 - i).padStart(2, '0')}`,
    create_time: T0 + (11 - i) * 120_000,
  },
  status: { phase: 'Completed', duration: 1000 },
}));

function renderPage(path = '/jobs') {
  const fetch = vi.fn(pagedJobsFetch({ v1, v2 }));
  vi.stubGlobal('fetch', fetch);
  return { fetch, ...renderRoute(<JobsPage />, { path, route: '/jobs' }) };
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Training jobs' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('job list controls', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('pages "All" as one newest-first order, with named page buttons', async () => {
    const { router } = renderPage();
    await screen.findByRole('link', { name: 'v1_job_11' });
    expect(rowNames()).toEqual([
      'v1_job_11',
      'v2_job_11',
      'v1_job_10',
      'v2_job_10',
      'v1_job_09',
      'v2_job_09',
      'v1_job_08',
      'v2_job_08',
      'v1_job_07',
      'v2_job_07',
    ]);
    expect(screen.getByTestId('job-count')).toHaveTextContent('24 jobs');
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pages).getByRole('button', { name: 'Page 3' })).toBeInTheDocument();
    expect(within(pages).queryByRole('button', { name: 'Page 4' })).not.toBeInTheDocument();
    await userEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await screen.findByRole('link', { name: 'v1_job_06' });
    expect(rowNames()[0]).toBe('v1_job_06');
    expect(rowNames().at(-1)).toBe('v2_job_02');
  });

  it('goes to the last page from a page past the end (an old link)', async () => {
    const { router } = renderPage('/jobs?page=9');
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
    await screen.findByRole('link', { name: 'v1_job_01' });
    expect(rowNames()).toEqual(['v1_job_01', 'v2_job_01', 'v1_job_00', 'v2_job_00']);
  });

  it('sorts by a column title (server-side, in the URL) and reverses on a second click', async () => {
    const { router, fetch } = renderPage();
    await screen.findByRole('link', { name: 'v1_job_11' });
    const name = screen.getByRole('button', { name: 'Sort by name (ascending)' });
    expect(name.closest('th')).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('button', { name: /^Sort by created/ }).closest('th')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await userEvent.click(name);
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&order=asc'));
    await waitFor(() =>
      expect(fetch.mock.calls.some(([url]) => String(url).includes('sortBy=job_name'))).toBe(true),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Sort by name (descending)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name'));
  });

  it('filters by creation time: v2 asked with a window, name sort not offered over v1', async () => {
    const { router, fetch } = renderPage('/jobs?sort=name&order=asc');
    // (the stub serves its lists unsorted: only the requests matter here)
    await screen.findByRole('table', { name: 'Training jobs' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Created' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Last hour', hidden: true }));
    // a time range over v1 jobs cuts the list sorted by time: the name sort gives way
    await waitFor(() => expect(router.state.location.search).toBe('?order=asc&range=hour'));
    expect(screen.getByRole('button', { name: 'Sort by name' })).toBeDisabled();
    await waitFor(() => {
      const bodies = fetch.mock.calls
        .filter(([url]) => String(url).includes('training-job-searches'))
        .map(
          ([, init]) => JSON.parse(String((init as RequestInit).body)) as { filters?: unknown[] },
        );
      expect(bodies.at(-1)?.filters).toEqual([
        { key: 'create_time', operator: 'between', value: [expect.stringMatching(/^\d+$/), ''] },
      ]);
    });
  });

  it('offers two times for a custom range and keeps them in the URL', async () => {
    const { router } = renderPage('/jobs?range=custom');
    await screen.findByRole('table', { name: 'Training jobs' });
    const from = screen.getByLabelText('From');
    await userEvent.type(from, '2026-12-06T10:05');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?range=custom&from=2026-12-06T10%3A05'),
    );
  });

  it('refreshes on demand, and by itself only while the tab is visible', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch } = renderPage();
    await screen.findByRole('link', { name: 'v1_job_11' });
    const calls = () => fetch.mock.calls.length;
    const before = calls();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(calls()).toBeGreaterThan(before));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
    expect(screen.getByTestId('list-updated')).toHaveTextContent('refreshes every few seconds');

    const visible = calls();
    await act(() => vi.advanceTimersByTimeAsync(5_100));
    await waitFor(() => expect(calls()).toBeGreaterThan(visible));

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() =>
      expect(screen.getByTestId('list-updated')).not.toHaveTextContent('refreshes'),
    );
    const hidden = calls();
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(calls()).toBe(hidden);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
});
