import type { RequestHandler, Response } from 'express';
import type { ConsoleMetrics } from '../metrics/metrics.js';
import {
  captureRouteTemplates,
  routeLabeler,
  routeTemplateOf,
  type ProxyMount,
} from '../metrics/route-label.js';

const kStarted = Symbol('httpMetrics.started');
const kPath = Symbol('httpMetrics.path');

interface MeasuredResponse extends Response {
  [kStarted]?: number;
  [kPath]?: string;
}

/**
 * Counts and times every request (mount first): method, bounded route label and status. A request
 * the client abandons before any header was sent is counted with status `aborted`. Per request:
 * two fields on the response and one shared `close` listener; proxied calls are labelled by the
 * allow-list entry the proxy matched (no Express route template to capture for them).
 */
export function httpMetrics(
  metrics: Pick<ConsoleMetrics, 'observeRequest'>,
  proxies: readonly ProxyMount[],
): RequestHandler {
  const label = routeLabeler(proxies);
  captureRouteTemplates();
  function observe(this: MeasuredResponse): void {
    const seconds = (performance.now() - this[kStarted]!) / 1000;
    const type = String(this.getHeader('content-type') ?? '');
    const method = this.req.method;
    const route = label(method, this[kPath]!, routeTemplateOf(this.req), this.locals.route);
    metrics.observeRequest(
      {
        method,
        route,
        status: this.headersSent ? String(this.statusCode) : 'aborted',
        stream: type.startsWith('text/event-stream'),
      },
      seconds,
    );
  }
  return (req, res, next) => {
    const out = res as MeasuredResponse;
    out[kStarted] = performance.now();
    out[kPath] = req.path;
    // `close` is emitted once: `on` spares the wrapper `once` would allocate
    res.on('close', observe);
    next();
  };
}
