import { IncomingMessage, ServerResponse, type RequestListener } from 'node:http';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import { series } from '../middleware/series.js';
import { fastRoute, type FastMount } from './fast-route.js';

/** A proxy mount and the handler Express mounts there (`v1ProxyRouter(…)`). */
export interface FastProxy extends FastMount {
  handler: RequestHandler;
}

/**
 * The very handlers the Express app runs for a proxied call, in its order. The layers Express
 * passes in between (`/metrics`, `/api/health`, `/api/ready`, `/api/session`, `/api/obs`,
 * `/api/audit`) are mounted at paths no proxied call lies under, so they never run for one.
 */
export interface FastPathParts {
  app: Express;
  /** Mounted at the root: metrics, request id and log, security headers, compression. */
  edge: RequestHandler;
  /** Mounted at `/api`: session, CSRF, portal credential, JSON body, audit. */
  api: RequestHandler;
  proxies: readonly FastProxy[];
  /** Mounted at `/api` after the proxies (a proxy that passes the call on: never, but kept). */
  notFound: RequestHandler;
  /** The app's last handler: every error becomes the console's error body there. */
  errorHandler: ErrorRequestHandler;
}

/** What Express's router does when it enters a mounted handler: trims the mount off `req.url`. */
function enter(mount: string): RequestHandler {
  return (req, _res, next) => {
    req.baseUrl = mount;
    req.url = req.originalUrl.slice(mount.length);
    next();
  };
}

/**
 * The proxied GETs of the allow-lists, answered without Express's router: the same handlers (and
 * so the same session lookup, allow-list, headers, queue, logs, metrics, compression, errors) run
 * in the same order, but without a walk over every layer of the app, a path match per layer and
 * a prefix trimmed and restored per mount. Returns whether it took the request; every other
 * request (see fastRoute) is left to Express untouched.
 */
export function fastProxyPath(
  parts: FastPathParts,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { app, errorHandler } = parts;
  const messages = expressMessages(app);
  const chains = parts.proxies.map((p) =>
    series(
      parts.edge,
      enter('/api'),
      parts.api,
      enter(p.mount),
      p.handler,
      enter('/api'),
      parts.notFound,
    ),
  );
  return (incoming, out) => {
    const hit = fastRoute(incoming.method, incoming.url, incoming.headers, parts.proxies);
    if (!hit) return false;
    // what app.handle does before its router runs: the request and response become Express's
    // (made so by the server already when it was given expressMessages(app))
    const req = incoming as Request;
    const res = out as Response;
    req.res = res;
    res.req = req;
    if (!(req instanceof messages.Request)) Object.setPrototypeOf(req, app.request);
    if (!(res instanceof messages.Response)) Object.setPrototypeOf(res, app.response);
    res.locals ??= Object.create(null) as Response['locals'];
    const url = incoming.url!;
    req.originalUrl = url;
    req.baseUrl = '';
    chains[hit.index]!(req, res, (err?: unknown) => {
      // back at the root, as Express's router leaves a mount before it calls the error handler
      req.baseUrl = '';
      req.url = url;
      try {
        errorHandler(err, req, res, () => finalHandler(req, res));
      } catch {
        finalHandler(req, res);
      }
    });
    return true;
  };
}

/** Express's last resort (finalhandler) once the error handler passed: the answer is cut off. */
function finalHandler(req: Request, res: Response): void {
  if (res.headersSent) req.socket.destroy();
  else res.writeHead(500).end();
}

const made = new WeakMap<Express, ExpressMessages>();

export interface ExpressMessages {
  Request: typeof IncomingMessage;
  Response: typeof ServerResponse;
}

/**
 * Request and response classes whose objects are `app`'s Express request and response from the
 * start, for `createServer({ IncomingMessage, ServerResponse })`: neither the fast path nor
 * Express's own app.handle then changes their prototype per request. Their prototypes become
 * `app.request` and `app.response` themselves (with Express's `app` property), so the
 * `Object.setPrototypeOf(req, app.request)` of app.handle sets the prototype the object already
 * has, which V8 skips. A real prototype change per request would give every request and response
 * an object layout (hidden class) of its own from then on: about 1 KB each that a long-lived
 * request (an event stream) holds for its whole life, and a new layout per property added.
 */
export function expressMessages(app: Express): ExpressMessages {
  let m = made.get(app);
  if (!m) {
    class Request extends IncomingMessage {}
    // generic like ServerResponse itself, so that it fits createServer's option
    class Response<R extends IncomingMessage = IncomingMessage> extends ServerResponse<R> {}
    adopt(Request.prototype, app.request);
    adopt(Response.prototype, app.response);
    // Express's methods come through the prototype chain (adopt), which the types cannot see
    app.request = Request.prototype as unknown as typeof app.request;
    app.response = Response.prototype as unknown as typeof app.response;
    m = { Request, Response: Response as typeof ServerResponse };
    made.set(app, m);
  }
  return m;
}

/** `proto` takes the place of `replaced`: the same prototype and own properties (Express's `app`). */
function adopt(proto: object, replaced: object): void {
  Object.setPrototypeOf(proto, Object.getPrototypeOf(replaced) as object | null);
  Object.defineProperties(proto, Object.getOwnPropertyDescriptors(replaced));
}

/** The server's request listener: the fast path first, then the Express app. */
export function consoleListener(
  app: Express,
  fast: (req: IncomingMessage, res: ServerResponse) => boolean,
): RequestListener {
  return (req, res) => {
    if (!fast(req, res)) app(req, res);
  };
}
