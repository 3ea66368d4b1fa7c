import { screen } from '@testing-library/react';
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
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname !== '/api/obs/object') return listing(input);
      ranges.push(new Headers(init?.headers).get('Range'));
      return new Response('print("hello")\n', {
        status: 206,
        headers: { 'Content-Range': 'bytes 0-14/300000' },
      });
    }),
  );
  return { obs, ranges };
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
});
