import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { FORWARDED_REQUEST_HEADERS } from '../proxy-headers.js';

export interface UpstreamRequestParts {
  headers: Record<string, string>;
  body?: string | Readable;
}

/** Whether the browser's request carries a body at all (GET and DELETE usually do not). */
function hasBody(h: IncomingHttpHeaders): boolean {
  return h['transfer-encoding'] !== undefined || Number(h['content-length'] ?? 0) > 0;
}

/**
 * The upstream request's headers and body, built once before the request is made: only allow-listed
 * browser headers (credentials are added per attempt by Upstream.headersFor), and the body either re-sent from `parsed` (a body parser
 * already read the stream) or streamed from `raw` as it arrives.
 */
export function upstreamRequestParts(
  incoming: IncomingHttpHeaders,
  parsed: unknown,
  raw: Readable,
): UpstreamRequestParts {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const v = incoming[name];
    if (name === 'content-length' || v === undefined) continue;
    headers[name] = Array.isArray(v) ? v.join(', ') : v;
  }
  if (parsed !== undefined) {
    const body = JSON.stringify(parsed);
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
    return { headers, body };
  }
  if (!hasBody(incoming) || raw.readableEnded) {
    delete headers['content-type'];
    return { headers };
  }
  const length = incoming['content-length'];
  if (typeof length === 'string') headers['content-length'] = length;
  return { headers, body: raw };
}
