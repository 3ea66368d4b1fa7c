import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionKeys } from '../lib/session-query.js';
import { portalSession } from '../test/portal-session.js';
import { jsonFetch, renderRoute } from '../test/render.js';
import { AppLayout } from './app-layout.js';

const TWO_PROJECTS = { 'eu-de': 'operator', 'eu-nl': 'viewer' } as const;
const EU_NL = {
  ...portalSession('viewer', { roles: TWO_PROJECTS }),
  project: { id: '7c3a9e2b41d64f0a8b5e6d7c8f9a0b1c', name: 'eu-nl' },
};

function renderLayout(
  routes: Parameters<typeof jsonFetch>[0],
  roles: Record<string, 'operator' | 'viewer'>,
) {
  const fetch = vi.fn(jsonFetch(routes));
  vi.stubGlobal('fetch', fetch);
  const view = renderRoute(<AppLayout />, { path: '/jobs/v2/abc', route: '*' });
  act(() => {
    view.queryClient.setQueryData(sessionKeys.current(), portalSession('operator', { roles }));
    view.queryClient.setQueryData(['jobs', 'list'], { old: 'project data' });
  });
  return { fetch, ...view };
}

describe('the header’s project switch (team portal)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('switches project: PUT, the new role, the cache emptied, the job list', async () => {
    const { fetch, queryClient, router } = renderLayout(
      { 'PUT /api/session/project': { body: EU_NL } },
      TWO_PROJECTS,
    );
    const select = await screen.findByRole('combobox', { name: 'Project' });
    expect(select).toHaveValue('eu-de');
    await userEvent.click(select);
    await userEvent.click(
      await screen.findByRole('option', { name: 'eu-nl · viewer', hidden: true }),
    );

    await waitFor(() => expect(screen.getByTestId('session-role')).toHaveTextContent('viewer'));
    const put = fetch.mock.calls.find(([, init]) => (init as RequestInit).method === 'PUT');
    const [url, init] = put as [string, RequestInit];
    expect(url).toContain('/api/session/project');
    expect(JSON.parse(String(init.body))).toEqual({ project: 'eu-nl' });
    expect(new Headers(init.headers).get('x-requested-with')).toBe('modelarts-console');
    expect(queryClient.getQueryData(['jobs', 'list'])).toBeUndefined();
    expect(router.state.location.pathname).toBe('/jobs');
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('eu-nl');
  });

  it('says why a switch was refused and stays in the project', async () => {
    const { queryClient } = renderLayout(
      {
        'PUT /api/session/project': {
          status: 403,
          body: { error_code: 'Console.0403', error_msg: 'You have no role in eu-nl' },
        },
      },
      TWO_PROJECTS,
    );
    await userEvent.click(await screen.findByRole('combobox', { name: 'Project' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'eu-nl · viewer', hidden: true }),
    );
    expect(await screen.findByText('Could not switch to eu-nl')).toBeInTheDocument();
    expect(queryClient.getQueryData(['jobs', 'list'])).toEqual({ old: 'project data' });
    expect(screen.getByTestId('session-role')).toHaveTextContent('operator');
  });

  it('shows no switch with a role in one project only', async () => {
    renderLayout({}, { 'eu-de': 'operator' });
    expect(await screen.findByTestId('session-info')).toHaveTextContent('eu-de · otto');
    expect(screen.queryByRole('combobox', { name: 'Project' })).toBeNull();
  });
});
