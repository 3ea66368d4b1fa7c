import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch } from '../test/render.js';

// The console itself is not started here: the signed-out page hands it the root and the session.
const startConsole = vi.fn<(root: Root, session?: unknown) => void>();
vi.mock('./console-app.js', () => ({ startConsole }));
const { showSignIn } = await import('./sign-in-entry.js');

const SESSION = {
  user: 'demo',
  domain: 'demo',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2099-01-01T00:00:00Z',
};
const NO_SESSION = { status: 401, body: { error_code: 'Console.0401', error_msg: 'no session' } };
const IAM = { body: { auth_mode: 'iam' } };

let root: Root | undefined;
function show(routes: Parameters<typeof jsonFetch>[0], url = '/login', state: unknown = null) {
  window.history.replaceState(state, '', url);
  vi.stubGlobal('fetch', vi.fn(jsonFetch(routes)));
  const container = document.body.appendChild(document.createElement('div'));
  const created = createRoot(container);
  root = created;
  act(() => showSignIn(created));
  return created;
}

describe('the signed-out login page (no router, no React Query)', () => {
  beforeEach(() => startConsole.mockReset());
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    vi.unstubAllGlobals();
  });

  it('signs in with the password and starts the console at the job list with the session', async () => {
    const created = show({
      'GET /api/session': NO_SESSION,
      'GET /api/session/options': IAM,
      'POST /api/session': { body: SESSION },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'demo');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(startConsole).toHaveBeenCalledWith(created, SESSION));
    expect(window.location.pathname).toBe('/jobs');
  });

  it('says why a sign-in was refused, and stays on the page', async () => {
    show({
      'GET /api/session': NO_SESSION,
      'GET /api/session/options': IAM,
      'POST /api/session': {
        status: 401,
        body: { error_code: 'Console.0402', error_msg: 'The username or password is wrong.' },
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'demo');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The username or password is wrong.',
    );
    expect(startConsole).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/login');
  });

  it('goes on to the console when the browser is signed in already, back where it was sent from', async () => {
    const created = show(
      { 'GET /api/session': { body: SESSION }, 'GET /api/session/options': IAM },
      '/login',
      { usr: { from: '/jobs/v2/abc?tab=logs#end' } },
    );
    await waitFor(() => expect(startConsole).toHaveBeenCalledWith(created, SESSION));
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/jobs/v2/abc?tab=logs#end',
    );
  });

  it('never returns to another site', async () => {
    const origin = window.location.origin;
    show({ 'GET /api/session': { body: SESSION }, 'GET /api/session/options': IAM }, '/login', {
      usr: { from: '//evil.example/jobs' },
    });
    await waitFor(() => expect(startConsole).toHaveBeenCalled());
    expect(window.location.pathname).toBe('/jobs');
    expect(window.location.origin).toBe(origin);
  });

  it('offers single sign-on in the team portal, with the reason a sign-in failed', async () => {
    show(
      {
        'GET /api/session': NO_SESSION,
        'GET /api/session/options': { body: { auth_mode: 'oidc' } },
      },
      '/login?error=no_role',
    );
    const button = await screen.findByRole('link', { name: 'Sign in with your company account' });
    expect(button).toHaveAttribute('href', '/api/session/oidc');
    expect(screen.getByRole('alert')).toHaveTextContent(/has no role in any project/);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});
