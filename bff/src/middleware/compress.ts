import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * gzip/brotli for everything compressible except Server-Sent Events (a compressor holds bytes back
 * until its buffer fills, and a live log must reach the browser event by event) and OBS object
 * downloads (streamed as OBS sends them, so byte ranges and Content-Length stay exact).
 */
export function compress(): RequestHandler {
  const compressor = compression({
    filter: (req, res) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
  return (req, res, next) => (req.path === '/api/obs/object' ? next() : compressor(req, res, next));
}
