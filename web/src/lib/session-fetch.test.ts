import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFetch } from '../test/render.js';
import { fetchSession, readSessionEarly } from './session-fetch.js';

const SESSION = {
  user: 'demo',
  domain: 'demo',
  project: { id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4', name: 'eu-de' },
  expiresAt: '2099-01-01T00:00:00Z',
};
const sessionCalls = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.filter(([url]) => String(url).endsWith('/api/session')).length;

afterEach(() => vi.unstubAllGlobals());

describe('reading the session early', () => {
  it('hands the early answer to the next reader once, then reads again', async () => {
    const fetch = vi.fn(jsonFetch({ 'GET /api/session': { body: SESSION } }));
    vi.stubGlobal('fetch', fetch);
    readSessionEarly();
    readSessionEarly();
    expect(sessionCalls(fetch)).toBe(1);
    await expect(fetchSession()).resolves.toMatchObject({ user: 'demo' });
    expect(sessionCalls(fetch)).toBe(1);
    await expect(fetchSession()).resolves.toMatchObject({ user: 'demo' });
    expect(sessionCalls(fetch)).toBe(2);
  });

  it('keeps an early failure for its reader (null for no session, the error otherwise)', async () => {
    const down = { status: 503, body: { error_code: 'Console.0530', error_msg: 'store down' } };
    vi.stubGlobal('fetch', vi.fn(jsonFetch({ 'GET /api/session': down })));
    readSessionEarly();
    await expect(fetchSession()).rejects.toMatchObject({ status: 503 });
    const none = { status: 401, body: { error_code: 'Console.0401', error_msg: 'no session' } };
    vi.stubGlobal('fetch', vi.fn(jsonFetch({ 'GET /api/session': none })));
    readSessionEarly();
    await expect(fetchSession()).resolves.toBeNull();
  });
});
