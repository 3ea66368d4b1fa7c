import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import { v1ProxyRouter } from '../routes/proxy-v1.js';
import type { Upstream } from '../services/proxy/upstream.js';

/**
 * An upstream that holds every answer until `release()` (then answers at once, until `hold()`).
 * Answers `status` (200 unless changed) with a small JSON body.
 */
export async function heldUpstream() {
  const held: ServerResponse[] = [];
  const stats = { received: 0, cancelled: 0, status: 200 };
  let open = false;
  const answer = (res: ServerResponse) => {
    res.statusCode = stats.status;
    res.end('{"is_success":true}');
  };
  const server: Server = createServer((req, res) => {
    stats.received += 1;
    req.resume();
    res.on('close', () => {
      if (!res.writableFinished) stats.cancelled += 1;
    });
    if (open) answer(res);
    else held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    held,
    release() {
      open = true;
      held.splice(0).forEach(answer);
    },
    hold() {
      open = false;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const logger = createLogger('silent');
const session = {
  token: 'tok',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};

/**
 * The v1 proxy router alone (a signed-in session), in front of `upstream`; `before` runs first
 * (e.g. a body parser, as app.ts may mount one).
 */
export async function proxyApp(upstream: Upstream, before: RequestHandler[] = []) {
  const app = express();
  app.use(requestLogger(logger));
  for (const h of before) app.use(h);
  app.use((req, _res, next) => {
    req.session = session;
    next();
  });
  app.use('/api/v1', v1ProxyRouter({ upstream, logger }));
  app.use(errorHandler);
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (signal?: AbortSignal) =>
    fetch(`${base}/api/v1/job/resource-specs`, signal ? { signal } : {});
  return {
    base,
    get,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
