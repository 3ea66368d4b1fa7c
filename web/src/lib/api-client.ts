import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { t } from './i18n/i18n.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions<S extends z.ZodType> {
  method?: Method;
  /** JSON body; sent with `Content-Type: application/json`. */
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /**
   * Schema the response body must match; omit for bodiless answers (204). A loader instead of the
   * schema imports it only when a body arrives: the login page's calls (a 401 carries none) then
   * do not download zod (issue 14's 120 kB budget).
   */
  schema?: S | (() => Promise<S>);
  /** When false, a 401 is a normal answer (login, session probe) and does not end the session. */
  redirectOn401?: boolean;
  signal?: AbortSignal;
}

let unauthorizedHandler: () => void = () => {};

/** Called once by the providers: what to do when the BFF says the session is gone. */
export function setUnauthorizedHandler(handler: () => void): void {
  unauthorizedHandler = handler;
}

/** For requests made outside `apiRequest` (XHR uploads): the BFF said the session is gone. */
export function reportUnauthorized(): void {
  unauthorizedHandler();
}

/** How a request leaves: the browser's `fetch`, or the server-side renderer's (src/ssr/), which
 * sends the signed-in browser's requests to the BFF that serves it. */
export type ApiTransport = (url: string, init: RequestInit) => Promise<Response>;

let transport: ApiTransport = (url, init) => fetch(url, init);

/** Replaces the transport (src/ssr/render-page.tsx, once at load). */
export function setApiTransport(next: ApiTransport): void {
  transport = next;
}

const SAFE_METHODS: ReadonlySet<Method> = new Set(['GET']);

function buildUrl(path: string, query?: RequestOptions<z.ZodType>['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The one fetch wrapper of the web app: cookie auth, CSRF header, typed errors, validated bodies. */
export async function apiRequest<S extends z.ZodType = z.ZodUnknown>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<z.output<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (!SAFE_METHODS.has(method)) headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  const res = await transport(buildUrl(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = await readJson(res);

  if (!res.ok) {
    const error = ApiError.fromBody(res.status, body);
    if (res.status === 401 && options.redirectOn401 !== false) unauthorizedHandler();
    throw error;
  }
  if (!options.schema) return body as z.output<S>;
  const schema = typeof options.schema === 'function' ? await options.schema() : options.schema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError({
      status: res.status,
      code: 'Console.BadResponse',
      message: t('Unexpected response from {{path}}: {{problem}}', {
        path,
        problem: first ? `${first.path.join('.')} ${first.message}` : t('invalid body'),
      }),
    });
  }
  return parsed.data;
}
