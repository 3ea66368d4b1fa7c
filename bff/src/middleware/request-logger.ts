import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';

/** pino-http with a request id that is echoed in `X-Request-Id` and in every error body. */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Health probes and static files would drown the interesting lines.
    autoLogging: {
      ignore: (req) =>
        req.url === '/api/health' || req.url === '/api/ready' || !req.url?.startsWith('/api'),
    },
    // One compact line per request: headers stay out of the log (they are also redacted, see logger.ts).
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A 5xx here is mostly ModelArts's own answer handed on (or the console's 502/503/504 about
    // it): a warning. A bug in the console is logged at error, with its stack, by the error
    // middleware; the request line never carries pino-http's made-up "failed with status" stack.
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 400 ? (res.statusCode === 401 ? 'info' : 'warn') : 'info',
    customErrorObject: (_req, _res, _err, val: Record<string, unknown>) => {
      const { err: _dropped, ...rest } = val;
      return rest;
    },
  });
}
