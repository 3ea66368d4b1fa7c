import type { Readable } from 'node:stream';
import { Pool, type Dispatcher } from 'undici';
import { UpstreamTimeoutError, UpstreamUnreachableError } from '../errors.js';
import { isTimeout } from '../services/proxy/upstream-errors.js';
import { ObsCallError } from './obs-error.js';
import { signObsHeaders, type ObsKeys } from './obs-signer.js';

/** One OBS request: path-style, signed, the body streamed as given. */
export interface ObsRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  /** The request path as sent (`obsRequestPath(bucket, key)`), `/` for the bucket list. */
  path: string;
  /** Query parameters in order; a `null` value is a bare flag (`?uploads`). */
  query?: [string, string | null][];
  headers?: Record<string, string>;
  body?: Readable | string | Buffer;
  /** Aborts the upstream request (the browser went away). */
  signal?: AbortSignal;
}

export interface ObsResponse {
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  body: Dispatcher.ResponseData['body'];
}

const queryString = (q: ObsRequest['query'] = []) =>
  q
    .map(([k, v]) =>
      v === null ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
    )
    .join('&');

const UNREACHABLE = 'OBS is unreachable';

/**
 * The BFF's OBS client: one keep-alive pool to OBS_ENDPOINT (the emulator's OBS port, or the
 * region's OBS endpoint), OBS V2 signatures, bodies streamed both ways. A status ≥ 300 is read
 * (a small XML error body) and thrown as ObsCallError; a 2xx answer is returned with its body
 * unread for the caller to stream or read.
 */
export class ObsClient {
  private readonly pool: Pool;
  private readonly host: string;

  constructor(
    endpoint: string,
    private readonly timeoutMs = 120_000,
    connections = 64,
  ) {
    const url = new URL(endpoint);
    this.host = url.host;
    this.pool = new Pool(url.origin, {
      connections,
      pipelining: 1,
      keepAliveTimeout: 4_000,
      keepAliveMaxTimeout: 4_000,
      keepAliveTimeoutThreshold: 1_000,
      connectTimeout: 10_000,
    });
  }

  async request(req: ObsRequest, keys: ObsKeys): Promise<ObsResponse> {
    const query = queryString(req.query);
    const headers = signObsHeaders(
      { method: req.method, path: req.path, query, headers: req.headers ?? {} },
      keys,
    );
    let res: Dispatcher.ResponseData;
    try {
      res = await this.pool.request({
        method: req.method,
        path: query ? `${req.path}?${query}` : req.path,
        headers: { ...headers, host: this.host },
        body: req.body ?? null,
        signal: req.signal,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
    } catch (err) {
      if (req.signal?.aborted) throw err;
      if (isTimeout(err)) throw new UpstreamTimeoutError(`${UNREACHABLE} (timed out)`);
      throw new UpstreamUnreachableError(UNREACHABLE);
    }
    if (res.statusCode >= 300) {
      const text = await readSmall(res.body);
      throw ObsCallError.from(res.statusCode, res.headers, text);
    }
    return { status: res.statusCode, headers: res.headers, body: res.body };
  }

  /** The answer's body as text (listing XML; at most 16 MB). */
  async text(req: ObsRequest, keys: ObsKeys): Promise<{ res: ObsResponse; text: string }> {
    const res = await this.request(req, keys);
    return { res, text: await readSmall(res.body, 16 * 1024 * 1024) };
  }

  /** A request whose answer body is not needed (PUT, DELETE, HEAD). */
  async send(req: ObsRequest, keys: ObsKeys): Promise<ObsResponse> {
    const res = await this.request(req, keys);
    await res.body.dump();
    return res;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

async function readSmall(body: Dispatcher.ResponseData['body'], max = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > max) {
        body.destroy();
        break;
      }
      chunks.push(chunk);
    }
  } catch {
    // a cut-off error body: what arrived is enough for its code
  }
  return Buffer.concat(chunks).toString('utf8');
}
