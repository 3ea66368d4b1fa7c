import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch } from '../test/render.js';
import { prefetchLoader } from './prefetch-loader.js';

const SESSION = {
  user: 'demo',
  domain: 'demo',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2099-01-01T00:00:00Z',
};
const args = (url: string) =>
  ({
    request: new Request(url),
    params: { jobId: '7' },
    context: undefined,
  }) as unknown as LoaderFunctionArgs;

afterEach(() => vi.unstubAllGlobals());

describe('prefetchLoader', () => {
  it('starts the page data for a signed-in browser, with the address it opens', async () => {
    vi.stubGlobal('fetch', vi.fn(jsonFetch({ 'GET /api/session': { body: SESSION } })));
    const prefetch = vi.fn();
    const queryClient = new QueryClient();
    await prefetchLoader(queryClient, prefetch)(args('http://console.test/jobs?status=running'));
    expect(prefetch).toHaveBeenCalledTimes(1);
    expect(prefetch.mock.calls[0]![0]).toBe(queryClient);
    expect(String(prefetch.mock.calls[0]![1].url)).toBe('http://console.test/jobs?status=running');
    expect(prefetch.mock.calls[0]![1].params).toEqual({ jobId: '7' });
  });

  it('starts nothing without a session, or when the session cannot be read', async () => {
    const prefetch = vi.fn();
    const answers = [
      { status: 401, body: { error_code: 'Console.0401', error_msg: 'no session' } },
      { status: 503, body: { error_code: 'Console.0530', error_msg: 'store down' } },
    ];
    for (const answer of answers) {
      const fetch = vi.fn(jsonFetch({ 'GET /api/session': answer }));
      vi.stubGlobal('fetch', fetch);
      await prefetchLoader(new QueryClient(), prefetch)(args('http://console.test/jobs'));
      expect(fetch).toHaveBeenCalledTimes(1);
    }
    expect(prefetch).not.toHaveBeenCalled();
  });
});
