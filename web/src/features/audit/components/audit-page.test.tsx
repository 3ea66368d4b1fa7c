import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '@console/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { AuditPage } from './audit-page.js';

const ENTRIES: AuditEntry[] = [
  {
    time: '2026-12-05T10:02:00.000Z',
    user: 'ada',
    role: 'admin',
    project: 'eu-de',
    method: 'DELETE',
    path: `/api/v1/training-jobs/12`,
    job: '12',
    status: 200,
    request_id: 'r3',
  },
  {
    time: '2026-12-05T10:01:00.000Z',
    user: 'vera',
    role: 'viewer',
    project: 'eu-de',
    method: 'POST',
    path: `/api/v2/training-jobs/abc/actions`,
    job: 'abc',
    status: 403,
    request_id: 'r2',
  },
  {
    time: '2026-12-05T10:00:00.000Z',
    user: 'otto',
    role: 'operator',
    project: 'eu-de',
    method: 'POST',
    path: `/api/v1/training-jobs`,
    job: 'mnist-otto',
    status: 200,
    request_id: 'r1',
  },
];

function renderAudit(answer: { status?: number; body: unknown }, path = '/audit') {
  const fetch = vi.fn(jsonFetch({ 'GET /api/audit': answer }));
  vi.stubGlobal('fetch', fetch);
  return { fetch, ...renderRoute(<AuditPage />, { path, route: '/audit' }) };
}

const lastQuery = (fetch: ReturnType<typeof vi.fn>) =>
  new URL(String(fetch.mock.calls.at(-1)?.[0]), 'http://x').searchParams;

describe('AuditPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists who did what, newest first, in words', async () => {
    renderAudit({ body: { entries: ENTRIES } });
    const rows = await screen.findAllByTestId('audit-entry');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('Deleted job')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('ada')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('success')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Terminated job')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('refused')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Created job')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('mnist-otto')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('operator')).toBeInTheDocument();
  });

  it('filters by user, job and time range through the URL and the query', async () => {
    const { fetch, router } = renderAudit({ body: { entries: ENTRIES } });
    await screen.findAllByTestId('audit-entry');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('User'), 'otto{Enter}');
    await waitFor(() => expect(lastQuery(fetch).get('user')).toBe('otto'));
    expect(router.state.location.search).toContain('user=otto');
    await user.type(screen.getByLabelText('Job'), 'mnist{Enter}');
    await waitFor(() => expect(lastQuery(fetch).get('job')).toBe('mnist'));

    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2026-12-05T10:00');
    await waitFor(() =>
      expect(lastQuery(fetch).get('from')).toBe(String(new Date('2026-12-05T10:00').getTime())),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('User')).toHaveValue('');
  });

  it('a name still waiting for its pause does not come back after "Clear filters"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { router } = renderAudit({ body: { entries: ENTRIES } }, '/audit?user=vera');
      await screen.findAllByTestId('audit-entry');
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.type(screen.getByLabelText('Job'), 'mnist'); // applied after a pause…
      await user.click(screen.getByRole('button', { name: 'Clear filters' })); // …cleared first
      await waitFor(() => expect(router.state.location.search).toBe(''));
      await act(() => vi.advanceTimersByTimeAsync(1_000)); // past the pause
      expect(router.state.location.search).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when nothing was recorded yet', async () => {
    renderAudit({ body: { entries: [] } });
    expect(await screen.findByText('No actions recorded yet')).toBeInTheDocument();
  });

  it('says when nothing matches the filters', async () => {
    renderAudit({ body: { entries: [] } }, '/audit?user=nobody');
    expect(await screen.findByText('No actions match these filters')).toBeInTheDocument();
    expect(screen.getByLabelText('User')).toHaveValue('nobody');
  });

  it('shows why the trail cannot be read (not an admin)', async () => {
    renderAudit({
      status: 403,
      body: {
        error_code: 'Console.0403',
        error_msg: 'Only an admin of this project may read the audit trail',
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the audit trail');
    expect(alert).toHaveTextContent('Only an admin of this project may read the audit trail');
  });
});
