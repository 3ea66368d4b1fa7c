import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, setUnauthorizedHandler } from './api-client.js';
import { ApiError } from './api-error.js';

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('apiRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthorizedHandler(() => {});
  });

  it('sends the CSRF header on unsafe methods only, with same-origin credentials', async () => {
    const fetchMock = respond(200, { ok: true });
    await apiRequest('/api/x', { method: 'DELETE' });
    await apiRequest('/api/x', { query: { a: 1, b: undefined } });
    const [delUrl, del] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [getUrl, get] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(delUrl).toBe('/api/x');
    expect(new Headers(del.headers).get('x-requested-with')).toBe('modelarts-console');
    expect(del.credentials).toBe('same-origin');
    expect(getUrl).toBe('/api/x?a=1');
    expect(new Headers(get.headers).has('x-requested-with')).toBe(false);
  });

  it('turns a v1 error body into an ApiError with code and message', async () => {
    respond(400, {
      is_success: false,
      error_code: 'ModelArts.0103',
      error_message: 'Job name:a is existed',
    });
    const error = await apiRequest('/api/v1/training-jobs', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'ModelArts.0103',
      message: 'Job name:a is existed',
    });
  });

  it('reads the BFF error body with its field and request id', async () => {
    respond(400, {
      error_code: 'Console.0400',
      error_msg: 'bad',
      request_id: 'r-1',
      field: 'config.app_url',
    });
    await expect(apiRequest('/api/x')).rejects.toMatchObject({
      code: 'Console.0400',
      field: 'config.app_url',
      requestId: 'r-1',
    });
  });

  it('ends the session on 401 unless told a 401 is expected', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    respond(401, { error_code: 'Console.0401', error_msg: 'Log in first' });
    await expect(apiRequest('/api/v1/training-jobs')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(apiRequest('/api/session', { redirectOn401: false })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('rejects a body that does not match the schema', async () => {
    respond(200, { is_success: true, jobs: 'nope' });
    await expect(
      apiRequest('/api/x', { schema: z.object({ jobs: z.array(z.string()) }) }),
    ).rejects.toMatchObject({ code: 'Console.BadResponse' });
  });
});
