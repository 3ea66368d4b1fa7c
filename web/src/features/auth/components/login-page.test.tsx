import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { LoginPage } from './login-page.js';

const SESSION = {
  user: 'demo',
  domain: 'demo',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2026-11-24T00:00:00Z',
};

async function fillAndSubmit(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Username'), 'demo');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LoginPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the BFF message inline when the credentials are wrong', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        jsonFetch({
          'GET /api/session': {
            status: 401,
            body: { error_code: 'Console.0401', error_msg: 'no session' },
          },
          'POST /api/session': {
            status: 401,
            body: { error_code: 'Console.0402', error_msg: 'The username or password is wrong.' },
          },
        }),
      ),
    );
    const { router } = renderRoute(<LoginPage />, { path: '/login' });
    expect(await screen.findByLabelText('Domain')).toHaveValue('demo');
    expect(screen.getByLabelText('Project')).toHaveValue('eu-de');
    await fillAndSubmit('nope');
    expect(await screen.findByText('The username or password is wrong.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('goes to /jobs after logging in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        jsonFetch({
          'GET /api/session': {
            status: 401,
            body: { error_code: 'Console.0401', error_msg: 'no session' },
          },
          'POST /api/session': { body: SESSION },
        }),
      ),
    );
    const { router } = renderRoute(<LoginPage />, { path: '/login' });
    await fillAndSubmit('demo');
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'));
  });

  it('checks the fields on submit (no call), then as the user types; trims what it sends', async () => {
    const fetch = vi.fn(
      jsonFetch({
        'GET /api/session': {
          status: 401,
          body: { error_code: 'Console.0401', error_msg: 'no session' },
        },
        'POST /api/session': { body: SESSION },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const { router } = renderRoute(<LoginPage />, { path: '/login' });
    const user = userEvent.setup();
    const username = await screen.findByLabelText('Username');
    expect(screen.queryByText('username is required')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('username is required')).toBeInTheDocument();
    expect(screen.getByText('password is required')).toBeInTheDocument();
    expect(username).toHaveFocus();
    expect(fetch.mock.calls.some(([, init]) => (init as RequestInit)?.method === 'POST')).toBe(
      false,
    );
    await user.type(username, ' demo ');
    expect(screen.queryByText('username is required')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'));
    const post = fetch.mock.calls.find(([, init]) => (init as RequestInit)?.method === 'POST');
    expect(JSON.parse(String((post?.[1] as RequestInit).body))).toEqual({
      domain: 'demo',
      username: 'demo',
      password: 'demo',
      project: 'eu-de',
    });
  });
});
