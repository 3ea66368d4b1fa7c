import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { LoginPage } from './login-page.js';

const NO_SESSION = {
  status: 401,
  body: { error_code: 'Console.0401', error_msg: 'no session' },
};

function renderLogin(mode: 'iam' | 'oidc' | 'broken', path = '/login') {
  const routes: Parameters<typeof jsonFetch>[0] = { 'GET /api/session': NO_SESSION };
  if (mode !== 'broken') routes['GET /api/session/options'] = { body: { auth_mode: mode } };
  else routes['GET /api/session/options'] = { status: 502, body: { error_msg: 'down' } };
  vi.stubGlobal('fetch', vi.fn(jsonFetch(routes)));
  return renderRoute(<LoginPage />, { path, route: '/login' });
}

describe('LoginPage, by sign-in mode', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers single sign-on, and no password form, in the team portal', async () => {
    renderLogin('oidc');
    const button = await screen.findByRole('link', { name: 'Sign in with your company account' });
    expect(button).toHaveAttribute('href', '/api/session/oidc');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers the IAM password form in the personal console', async () => {
    renderLogin('iam');
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.queryByText('Sign in with your company account')).not.toBeInTheDocument();
  });

  it('falls back to the password form when the sign-in options cannot be read', async () => {
    renderLogin('broken');
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
  });

  it.each([
    ['no_role', /has no role in any project of this console — ask your platform team/],
    ['refused', /did not confirm who you are — try again/],
    ['expired', /sign in again from here/],
    ['unavailable', /could not reach ModelArts for your project/],
    ['something-else', /did not complete — try again/],
  ])('says in words why single sign-on ended with %s', async (reason, text) => {
    renderLogin('oidc', `/login?error=${reason}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    // signing in again stays one click away
    expect(
      await screen.findByRole('link', { name: 'Sign in with your company account' }),
    ).toBeVisible();
  });
});
