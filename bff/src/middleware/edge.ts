import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import type { ConsoleMetrics } from '../metrics/metrics.js';
import { V1_ALLOW_LIST } from '../services/v1-allow-list.js';
import { V2_ALLOW_LIST } from '../services/v2-allow-list.js';
import { compress } from './compress.js';
import { httpMetrics } from './http-metrics.js';
import { requestLogger } from './request-logger.js';
import { securityHeaders } from './security-headers.js';

/** The proxy mounts and the allow-list each one's proxy checks. */
export const PROXY_MOUNTS = [
  { mount: '/api/v1', allowList: V1_ALLOW_LIST },
  { mount: '/api/v2', allowList: V2_ALLOW_LIST },
] as const;

/**
 * What every request passes first, in this order (mount at the root): metrics (counts and times
 * everything, so first), request id and log line, security headers (`inlineScripts`: the hashes
 * of the page's inline scripts, routes/inline-scripts.ts), compression.
 */
export function edgeMiddlewares(
  metrics: ConsoleMetrics,
  logger: Logger,
  inlineScripts: readonly string[] = [],
): RequestHandler[] {
  return [
    httpMetrics(metrics, PROXY_MOUNTS),
    requestLogger(logger),
    securityHeaders(inlineScripts),
    compress(),
  ];
}
