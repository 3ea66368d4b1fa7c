import { screen, waitFor, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQueries } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Providers } from './providers.js';
import { apiRequest } from '../lib/api-client.js';
import { createTestQueryClient, jsonFetch } from '../test/render.js';
import { LoginPage } from '../features/auth/components/login-page.js';
import { RequireSession } from '../features/auth/components/require-session.js';
import { sendToLogin } from '../features/auth/session-lost.js';

const SESSION = {
  user: 'demo',
  domain: 'demo',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2099-01-01T00:00:00Z',
};
const GONE = { status: 401, body: { error_code: 'Console.0401', error_msg: 'Not signed in' } };
const EXPIRED = 'Your session has expired — sign in again';

/** A page with several queries that all fail once the session is gone. */
function BusyPage() {
  const results = useQueries({
    queries: ['jobs', 'specs', 'engines', 'configs'].map((n) => ({
      queryKey: [n],
      queryFn: () => apiRequest(`/api/v1/${n}`),
    })),
  });
  return <div data-testid="busy">{results.filter((r) => r.isPending).length} loading</div>;
}

function setup(routes: Parameters<typeof jsonFetch>[0], initial: string) {
  vi.stubGlobal('fetch', vi.fn(jsonFetch(routes)));
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { element: <RequireSession />, children: [{ path: '/jobs', element: <BusyPage /> }] },
    ],
    { initialEntries: [initial] },
  );
  render(
    <Providers queryClient={queryClient} onSessionLost={() => sendToLogin(router)}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { router, queryClient };
}

describe('a session that ends under the user', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('several 401s after sign-in give one "session expired" message on the login page', async () => {
    const routes: Parameters<typeof jsonFetch>[0] = {
      'GET /api/session': { body: SESSION },
      'GET /api/v1/jobs': GONE,
      'GET /api/v1/specs': GONE,
      'GET /api/v1/engines': GONE,
      'GET /api/v1/configs': GONE,
      'POST /api/session': { body: SESSION },
    };
    const { router } = setup(routes, '/jobs?status=running#top');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByText(EXPIRED)).toBeInTheDocument();
    // Let every failing query settle: still exactly one message, and one trip to /login.
    await waitFor(() => {
      const calls = vi.mocked(fetch).mock.calls.map(([u]) => String(u));
      expect(calls.filter((u) => u.startsWith('/api/v1/'))).toHaveLength(4);
    });
    expect(screen.getAllByText(EXPIRED)).toHaveLength(1);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(router.state.location.state).toEqual({ from: '/jobs?status=running#top' });

    // Signing in again goes back to the same URL, and the message is gone. The new session's
    // calls succeed (still answering 401 would rightly send the user back to /login).
    for (const n of ['jobs', 'specs', 'engines', 'configs'])
      routes[`GET /api/v1/${n}`] = { body: {} };
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'demo');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        '/jobs?status=running',
      ),
    );
    expect(router.state.location.hash).toBe('#top');
    expect(screen.queryByText(EXPIRED)).toBeNull();
  });

  it('says nothing about expiry to someone who was not signed in', async () => {
    setup({ 'GET /api/session': GONE }, '/jobs');
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.queryByText(EXPIRED)).toBeNull();
  });
});
