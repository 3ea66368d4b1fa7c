import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * gzip/brotli for everything compressible except Server-Sent Events: a compressor holds bytes back
 * until its buffer fills, and a live log must reach the browser event by event.
 */
export function compress(): RequestHandler {
  return compression({
    filter: (req, res) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
}
