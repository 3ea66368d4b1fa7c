import type { RequestHandler } from 'express';
import type { ConsoleMetrics } from '../metrics/metrics.js';
import { captureRouteTemplate, routeLabeler, type ProxyMount } from '../metrics/route-label.js';

/**
 * Counts and times every request (mount first): method, bounded route label and status. A request
 * the client abandons before any header was sent is counted with status `aborted`.
 */
export function httpMetrics(
  metrics: Pick<ConsoleMetrics, 'observeRequest'>,
  proxies: readonly ProxyMount[],
): RequestHandler {
  const label = routeLabeler(proxies);
  return (req, res, next) => {
    const started = performance.now();
    const path = req.path;
    const routeTemplate = captureRouteTemplate(req);
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const type = String(res.getHeader('content-type') ?? '');
      metrics.observeRequest(
        {
          method: req.method,
          route: label(req.method, path, routeTemplate()),
          status: res.headersSent ? String(res.statusCode) : 'aborted',
          stream: type.startsWith('text/event-stream'),
        },
        seconds,
      );
    });
    next();
  };
}
