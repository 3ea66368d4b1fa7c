import { AUTH_TOKEN_HEADER } from '@console/shared';
import type { Dispatcher } from 'undici';

export interface JsonCall {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: unknown;
  timeoutMs: number;
  /** Adds the credential for `token` (default: `X-Auth-Token`); see Upstream.headersFor. */
  authorize?: Authorize;
}

/** The headers that send a call with a credential (Upstream.headersFor). */
export type Authorize = (
  credential: string,
  call: { method: string; path: string; headers: Record<string, string>; body?: string },
) => Record<string, string>;

function authorize(c: JsonCall, body: string | undefined): Record<string, string> {
  const headers = {
    accept: 'application/json',
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  };
  if (c.authorize) return c.authorize(c.token, { method: c.method, path: c.path, headers, body });
  return { ...headers, [AUTH_TOKEN_HEADER.toLowerCase()]: c.token };
}

/** A JSON call through the proxy's pool (the reconciliation look-ups); non-200 answers throw. */
export async function callJson(pool: Dispatcher, c: JsonCall): Promise<unknown> {
  const body = c.body === undefined ? undefined : JSON.stringify(c.body);
  const res = await pool.request({
    method: c.method,
    path: c.path,
    headers: authorize(c, body),
    body: body ?? null,
    headersTimeout: c.timeoutMs,
    bodyTimeout: c.timeoutMs,
  });
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new Error(`${c.method} ${c.path.split('?')[0]} answered ${res.statusCode}`);
  }
  return res.body.json();
}
