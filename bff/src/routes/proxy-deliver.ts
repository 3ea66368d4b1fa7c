import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import { requestId } from '../middleware/error-handler.js';
import { pickResponseHeaders } from '../services/proxy-headers.js';
import { tokenFailure } from '../services/proxy/token-failure.js';
import { CredentialRefusedError } from '../services/proxy/upstream-errors.js';
import type { UpstreamResponse } from '../services/proxy/upstream.js';

/** Reads a small answer (an error body) as text, at most `limit` bytes. */
export async function readCapped(body: Readable, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    if (size + b.length > limit) {
      chunks.push(b.subarray(0, limit - size));
      body.destroy();
      break;
    }
    chunks.push(b);
    size += b.length;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The upstream headers the browser may see (allow-list); `Retry-After` too on 429 and 503. */
function browserHeaders(r: UpstreamResponse): Record<string, string | string[] | undefined> {
  const headers = pickResponseHeaders(r.headers);
  const retryAfter = r.headers['retry-after'];
  if ((r.statusCode === 429 || r.statusCode === 503) && typeof retryAfter === 'string') {
    headers['retry-after'] = retryAfter;
  }
  return headers;
}

/**
 * An answer whose `Content-Length` is at most this is read whole before it is sent (it arrives in a
 * chunk or two anyway); a longer one, or one without a length, is streamed as it arrives.
 */
export const WHOLE_BODY_BYTES = 64 * 1024;

export interface DeliverOptions {
  version: string;
  /** An upstream 401 said the token is no good: the session ends. */
  onTokenFailure?: (req: Request) => void;
  /**
   * The credential is a service account's that can be renewed: a token failure throws
   * CredentialRefusedError (nothing is sent) so the caller sends the call again, once.
   */
  renewable?: boolean;
  /** Told of each answer read whole (at most WHOLE_BODY_BYTES), after it was sent. */
  onWholeBody?: (status: number, body: Buffer) => void;
}

/**
 * Hands an upstream answer to the browser: headers by allow-list and the body byte for byte (v2's
 * `null` and `""` bodies too), small ones in one write, others streamed as they arrive. A 401 whose code says the token is no good
 * ends the session and becomes the console's own 401.
 */
export async function deliverAnswer(
  req: Request,
  res: Response,
  r: UpstreamResponse,
  o: DeliverOptions,
): Promise<void> {
  if (r.statusCode === 401) {
    const text = await readCapped(r.body);
    const failure = tokenFailure(401, text);
    if (failure && o.renewable) throw new CredentialRefusedError();
    if (failure) {
      o.onTokenFailure?.(req);
      res.status(401).json({
        error_code: ConsoleErrorCode.unauthenticated,
        error_msg: `Your session has expired; sign in again (ModelArts ${o.version} answered ${failure.code})`,
        request_id: requestId(req),
        upstream_code: failure.code,
      } satisfies ConsoleErrorBody);
      return;
    }
    const headers = browserHeaders(r);
    delete headers['content-length'];
    res.writeHead(401, headers);
    res.end(text);
    return;
  }
  const headers = browserHeaders(r);
  const length = Number(r.headers['content-length']);
  if (length <= WHOLE_BODY_BYTES) {
    // Read whole, then headers and body in one write: no pipeline (its listeners, AbortController
    // and finishing abort), no chunked framing. The bytes are the upstream's, untouched.
    const body = await r.body.bytes();
    const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    res.writeHead(r.statusCode, headers);
    res.end(bytes);
    o.onWholeBody?.(r.statusCode, bytes);
    return;
  }
  res.writeHead(r.statusCode, headers);
  await pipeToResponse(r.body, res);
}

/**
 * Streams `body` into `res`. A response already carries one `close` listener per layer (request
 * log, metrics, compression, the proxy's abort signal) and `pipeline` adds four more, which passes
 * Node's default warning threshold of 10 on every proxied call: not a leak (each response gets them
 * once), so the threshold is raised for this response only.
 */
export async function pipeToResponse(body: Readable, res: ServerResponse): Promise<void> {
  res.setMaxListeners(Math.max(res.getMaxListeners(), 20));
  await pipeline(body, res);
}
