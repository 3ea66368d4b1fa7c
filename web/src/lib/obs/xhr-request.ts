import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import type { z } from 'zod';
import { ApiError } from '../api-error.js';
import { reportUnauthorized } from '../api-client.js';
import { t } from '../i18n/i18n.js';

export interface XhrOptions<S extends z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** Raw bytes (a file or a slice of one), sent as `application/octet-stream`. */
  body?: Blob;
  /** A JSON body (multipart start and completion). */
  json?: unknown;
  schema?: S;
  /** Bytes of `body` sent so far (upload progress events). */
  onProgress?: (loaded: number) => void;
  signal?: AbortSignal;
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * One request with XMLHttpRequest, which (unlike fetch) reports upload progress. Carries the same
 * cookie and CSRF header as `apiRequest`, and fails the same way (ApiError, 401 ends the session).
 */
export function xhrRequest<S extends z.ZodType = z.ZodUnknown>(
  options: XhrOptions<S>,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(options.method, options.url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (options.method !== 'GET') xhr.setRequestHeader(CSRF_HEADER, CSRF_HEADER_VALUE);
    let payload: Blob | string | null = null;
    if (options.json !== undefined) {
      xhr.setRequestHeader('Content-Type', 'application/json');
      payload = JSON.stringify(options.json);
    } else if (options.body) {
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      payload = options.body;
    }
    const onProgress = options.onProgress;
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded);
    const abort = () => xhr.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      done();
      const body = parse(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        if (xhr.status === 401) reportUnauthorized();
        reject(ApiError.fromBody(xhr.status, body));
        return;
      }
      if (!options.schema) return resolve(body as z.output<S>);
      const parsed = options.schema.safeParse(body);
      if (parsed.success) return resolve(parsed.data);
      reject(
        new ApiError({
          status: xhr.status,
          code: 'Console.BadResponse',
          message: t('Unexpected response from {{path}}', {
            path: options.url.split('?')[0] ?? '',
          }),
        }),
      );
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError({ status: 0, code: 'Console.Network', message: t('Network error') }));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    xhr.send(payload);
  });
}
