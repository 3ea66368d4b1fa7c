import { randomUUID } from 'node:crypto';
import { IncomingMessage, type ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

declare module 'http' {
  interface IncomingMessage {
    /** This request's id: echoed in `X-Request-Id`, in every error body and in its log lines. */
    id: string;
    /** A logger whose lines carry this request (`req: { id, method, url }`); made on first use. */
    log: Logger;
  }
}

/** A request slower than this is logged at info whatever its answer (ms). */
export const SLOW_REQUEST_MS = 1_000;

export interface RequestOutcome {
  method: string;
  /** The status sent, or undefined when the client went away before any header was sent. */
  statusCode: number | undefined;
  /** The response was not completely written (the client went away). */
  aborted: boolean;
  durationMs: number;
}

export type RequestLogLevel = 'debug' | 'info' | 'warn';

/**
 * The level of a request's line. A successful, fast read (GET/HEAD answered below 400 within
 * `slowMs`) is the bulk of the traffic and says nothing: debug. Everything else is kept at info:
 * state-changing calls, slow requests, aborted ones, and 401 (an expired session); other 4xx and
 * 5xx (mostly ModelArts's own answer handed on, or the console's 502/503/504 about it) are warnings.
 */
export function requestLogLevel(o: RequestOutcome, slowMs = SLOW_REQUEST_MS): RequestLogLevel {
  const status = o.statusCode ?? 0;
  if (status >= 400) return status === 401 ? 'info' : 'warn';
  if (o.aborted) return 'info';
  if (o.method !== 'GET' && o.method !== 'HEAD') return 'info';
  return o.durationMs >= slowMs ? 'info' : 'debug';
}

/** Health probes and static files would drown the interesting lines. */
function ignored(url: string): boolean {
  return url === '/api/health' || url === '/api/ready' || !url.startsWith('/api');
}

const kBase = Symbol('requestLogger.base');
const kUrl = Symbol('requestLogger.url');
const kChild = Symbol('requestLogger.child');
const kStarted = Symbol('requestLogger.started');
const kSlowMs = Symbol('requestLogger.slowMs');

interface LoggedRequest extends IncomingMessage {
  [kBase]?: Logger;
  [kUrl]?: string;
  [kChild]?: Logger;
}

interface LoggedResponse extends ServerResponse {
  req: LoggedRequest;
  [kStarted]?: number;
  [kSlowMs]?: number;
}

/**
 * `req.log`, made on first use (most requests never log anything of their own): one getter on the
 * prototype, reading what requestLogger left on the request, instead of a property and two
 * closures defined on every request.
 */
function installLazyLog(): void {
  if (Object.getOwnPropertyDescriptor(IncomingMessage.prototype, 'log')) return;
  Object.defineProperty(IncomingMessage.prototype, 'log', {
    configurable: true,
    enumerable: false,
    get(this: LoggedRequest): Logger | undefined {
      const base = this[kBase];
      if (!base) return undefined;
      return (this[kChild] ??= base.child({
        req: { id: this.id, method: this.method, url: this[kUrl] },
      }));
    },
    set(this: LoggedRequest, v: Logger) {
      this[kChild] = v;
    },
  });
}

/** The request's line, when its response is done or abandoned (one shared listener, no closure). */
function logOnClose(this: LoggedResponse): void {
  const req = this.req;
  const logger = req[kBase]!;
  const aborted = !this.writableFinished;
  const outcome: RequestOutcome = {
    method: req.method ?? '',
    statusCode: this.headersSent ? this.statusCode : undefined,
    aborted,
    durationMs: performance.now() - this[kStarted]!,
  };
  const level = requestLogLevel(outcome, this[kSlowMs]);
  if (!logger.isLevelEnabled(level)) return;
  logger[level](
    {
      req: { id: req.id, method: req.method, url: req[kUrl] },
      res: { statusCode: outcome.statusCode ?? null },
      responseTime: Math.round(outcome.durationMs),
    },
    aborted ? 'request aborted' : 'request completed',
  );
}

export interface RequestLoggerOptions {
  /** A request slower than this is logged at info (default SLOW_REQUEST_MS). */
  slowMs?: number;
}

/**
 * Gives every request an id (echoed in `X-Request-Id`, used in every error body) and `req.log`,
 * and writes one compact line per /api request when its response is done or abandoned (headers
 * stay out of the log; they are also redacted, see logger.ts). The level follows requestLogLevel:
 * a fast successful GET is logged at debug only, so that it costs nothing at the default level.
 * One `close` listener per request; no per-request child logger unless the request logs itself.
 */
export function requestLogger(logger: Logger, opts: RequestLoggerOptions = {}): RequestHandler {
  const slowMs = opts.slowMs ?? SLOW_REQUEST_MS;
  installLazyLog();
  return (req, res, next) => {
    const id = randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const url = req.originalUrl || req.url;
    const r = req as LoggedRequest;
    r[kBase] = logger;
    r[kUrl] = url;
    if (ignored(url)) {
      next();
      return;
    }
    const out = res as unknown as LoggedResponse;
    out[kStarted] = performance.now();
    out[kSlowMs] = slowMs;
    // `close` is emitted once: `on` spares the wrapper `once` would allocate
    res.on('close', logOnClose);
    next();
  };
}
