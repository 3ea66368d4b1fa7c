import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch, renderRoute } from '../../../test/render.js';
import { IamProjectSwitch } from './iam-project-switch.js';

const SESSION = {
  user: 'demo',
  domain: 'demo',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2026-12-07T00:00:00Z',
};
const NL = { ...SESSION, project: { id: '7c3a9e2b41d64f0a8b5e6d7c8f9a0b1c', name: 'eu-nl' } };

async function switchTo(project: string, password: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Switch project' }));
  await user.type(await screen.findByLabelText(/^Project/), project);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Switch' }));
}

describe('IamProjectSwitch (personal console)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('signs in to the other project with the password asked again, then says so', async () => {
    const fetchMock = vi.fn(jsonFetch({ 'POST /api/session': { body: NL } }));
    vi.stubGlobal('fetch', fetchMock);
    const onSwitched = vi.fn();
    renderRoute(<IamProjectSwitch session={SESSION} onSwitched={onSwitched} />);
    await switchTo('eu-nl', 'secret');
    await waitFor(() => expect(onSwitched).toHaveBeenCalledTimes(1));
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init?.body))).toEqual({
      domain: 'demo',
      username: 'demo',
      password: 'secret',
      project: 'eu-nl',
    });
  });

  it('shows why a switch failed and stays', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        jsonFetch({
          'POST /api/session': {
            status: 401,
            body: {
              error_code: 'Console.0402',
              error_msg: 'Project "eu-xx" is unknown or not accessible to this user',
            },
          },
        }),
      ),
    );
    const onSwitched = vi.fn();
    renderRoute(<IamProjectSwitch session={SESSION} onSwitched={onSwitched} />);
    await switchTo('eu-xx', 'secret');
    expect(
      await screen.findByText('Project "eu-xx" is unknown or not accessible to this user'),
    ).toBeInTheDocument();
    expect(onSwitched).not.toHaveBeenCalled();
  });
});
