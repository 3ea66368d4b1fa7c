import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { obsFetch } from '../../../test/obs-fetch.js';
import { SAMPLE_OBS } from '../../../test/obs-picker-harness.js';
import { renderRoute } from '../../../test/render.js';
import { ObsBrowserPage } from './obs-browser-page.js';

function stubObs() {
  const obs = SAMPLE_OBS();
  obs.stats = {
    '/team/code/train.py': 'file',
    '/team/logs': 'folder',
    '/team/logs/a.png': 'file',
  };
  obs.listings['/team/logs/'] = {
    files: [
      { name: 'a.png', path: '/team/logs/a.png', size: 9, last_modified: '2026-12-06T10:00:00Z' },
    ],
  };
  const listing = obsFetch(obs);
  const ranges: (string | null)[] = [];
  const deletes: { path: string | null; csrf: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname !== '/api/obs/object') return listing(input, init);
      if (init?.method === 'DELETE') {
        const csrf = new Headers(init.headers).get(CSRF_HEADER);
        deletes.push({ path: url.searchParams.get('path'), csrf });
        return new Response(null, { status: 204 });
      }
      ranges.push(new Headers(init?.headers).get('Range'));
      return new Response('print("hello")\n', {
        status: 206,
        headers: { 'Content-Range': 'bytes 0-14/300000' },
      });
    }),
  );
  return { obs, ranges, deletes };
}

const at = (path: string) => ({ path: `/obs?path=${encodeURIComponent(path)}`, route: '/obs' });

describe('the OBS file browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a file of the address in its folder with the first bytes as text, and a download', async () => {
    const { ranges } = stubObs();
    renderRoute(<ObsBrowserPage />, at('/team/code/train.py'));
    const contents = await screen.findByLabelText('Contents of train.py');
    expect(contents).toHaveTextContent('print("hello")');
    expect(ranges).toEqual(['bytes=0-262143']);
    expect(screen.getByText('Showing the first 15 B of 300 kB.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download' })).toHaveAttribute(
      'href',
      '/api/obs/object?path=%2Fteam%2Fcode%2Ftrain.py&download=1',
    );
  });

  it('opens a folder named without its slash, and previews an image', async () => {
    stubObs();
    const { router } = renderRoute(<ObsBrowserPage />, at('/team/logs'));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'File a.png' }));
    expect(await screen.findByRole('img', { name: 'Preview of a.png' })).toHaveAttribute(
      'src',
      '/api/obs/object?path=%2Fteam%2Flogs%2Fa.png',
    );
    expect(router.state.location.search).toBe('?path=%2Fteam%2Flogs%2Fa.png');
  });

  it('deletes a file after confirmation where the role may write, and not elsewhere', async () => {
    const { deletes, obs } = stubObs();
    obs.stats = { ...obs.stats, '/shared/x.txt': 'file' };
    obs.listings['/shared/'] = {
      writable: false,
      files: [
        { name: 'x.txt', path: '/shared/x.txt', size: 1, last_modified: '2026-12-06T10:00:00Z' },
      ],
    };
    const user = userEvent.setup();
    const { router } = renderRoute(<ObsBrowserPage />, at('/team/code/train.py'));
    const preview = await screen.findByRole('region', { name: 'File preview' });
    await user.click(await within(preview).findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this file?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(router.state.location.search).toBe('?path=%2Fteam%2Fcode%2F'));
    expect(deletes).toEqual([{ path: '/team/code/train.py', csrf: CSRF_HEADER_VALUE }]);

    await router.navigate('/obs?path=%2Fshared%2Fx.txt');
    expect(await screen.findByLabelText('Contents of x.txt')).toBeInTheDocument();
    // the folder's listing (which says read-only) is there: the page knows it may not delete
    expect(await screen.findByText(/Read-only: your role may browse/)).toBeInTheDocument();
    const readOnly = screen.getByRole('region', { name: 'File preview' });
    expect(within(readOnly).getByRole('link', { name: 'Download' })).toBeInTheDocument();
    expect(within(readOnly).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
