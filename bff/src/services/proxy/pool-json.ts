import { AUTH_TOKEN_HEADER } from '@console/shared';
import type { Dispatcher } from 'undici';

export interface JsonCall {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: unknown;
  timeoutMs: number;
}

/** A JSON call through the proxy's pool (the reconciliation look-ups); non-200 answers throw. */
export async function callJson(pool: Dispatcher, c: JsonCall): Promise<unknown> {
  const body = c.body === undefined ? undefined : JSON.stringify(c.body);
  const res = await pool.request({
    method: c.method,
    path: c.path,
    headers: {
      accept: 'application/json',
      [AUTH_TOKEN_HEADER.toLowerCase()]: c.token,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
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
