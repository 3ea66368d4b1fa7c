import { dehydrate } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../features/jobs/list-filters.js';
import { createQueryClient } from '../lib/query-client.js';
import { jobKeys } from '../lib/query-keys/job-keys.js';
import { sessionKeys } from '../lib/session-query.js';
import { sampleJobPage } from '../ssr/warm-up.js';
import { startConsole } from './console-app.js';
import { isPrerendered, shareTimeZone, takePrerenderedState } from './prerendered.js';

const SESSION = {
  user: 'alice',
  domain: 'acme',
  project: { id: 'p1', name: 'eu-de' },
  expiresAt: '2100-01-01T00:00:00.000Z',
};

/** The page's data as the BFF writes it (bff/src/routes/prerendered-page.ts). */
function pageState(text: string): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'console-state';
  script.textContent = text;
  document.body.append(script);
}

function drawnState(): string {
  const client = createQueryClient();
  client.setQueryData(sessionKeys.current(), SESSION);
  client.setQueryData(jobKeys.page(DEFAULT_FILTERS), sampleJobPage(4));
  return JSON.stringify(dehydrate(client));
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a page drawn on the server', () => {
  it('is known by its data element, which is read once', () => {
    expect(isPrerendered()).toBe(false);
    expect(takePrerenderedState()).toBeUndefined();
    pageState('{"queries":[],"mutations":[]}');
    expect(isPrerendered()).toBe(true);
    expect(takePrerenderedState()).toEqual({ queries: [], mutations: [] });
    expect(isPrerendered()).toBe(false);
    expect(takePrerenderedState()).toBeUndefined();
  });

  it('leaves damaged data out', () => {
    for (const text of ['{', '', 'null', '42', '"text"']) {
      pageState(text);
      expect(takePrerenderedState()).toBeUndefined();
      expect(isPrerendered()).toBe(false);
    }
  });

  it('starts the console from its data: the list shows at once, neither session nor list asked again', async () => {
    const fetch = vi.fn(async (_url: string) => new Response('{}', { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    window.history.replaceState(null, '', '/jobs');
    const container = document.createElement('div');
    container.innerHTML = '<div inert data-prerendered="true"><p>drawn on the server</p></div>';
    document.body.append(container);
    pageState(drawnState());
    const root = createRoot(container);
    await act(async () => startConsole(root));
    expect(await screen.findByRole('link', { name: 'job-1' })).toBeInTheDocument();
    expect(screen.getByText('alice', { exact: false })).toBeInTheDocument();
    // the server's markup is replaced, and its data element is gone
    expect(container.querySelector('[data-prerendered]')).toBeNull();
    expect(isPrerendered()).toBe(false);
    const asked = fetch.mock.calls.map(([url]) => String(url));
    expect(asked.filter((u) => u.startsWith('/api/session') || u.includes('training-job'))).toEqual(
      [],
    );
    act(() => root.unmount());
  });

  it('tells the server the browser’s time zone, in a cookie written when it changed', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.cookie = 'console-tz=; Max-Age=0; Path=/';
    shareTimeZone();
    expect(document.cookie.split('; ')).toContain(`console-tz=${encodeURIComponent(zone)}`);
    const set = vi.spyOn(document, 'cookie', 'set');
    shareTimeZone();
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });
});
