import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * gzip/brotli for everything compressible except Server-Sent Events (a compressor holds bytes back
 * until its buffer fills, and a live log must reach the browser event by event) and OBS object
 * downloads (streamed as OBS sends them, so byte ranges and Content-Length stay exact).
 *
 * The compressor wraps the response's write/end/on and hooks its headers for every request it
 * sees, so requests that cannot be compressed skip it up front: a client that accepts no encoding
 * (compression would send identity anyway; `Vary` still says the answer depends on it) and an
 * EventSource (`Accept: text/event-stream`: its wrappers would live as long as the stream).
 */
export function compress(): RequestHandler {
  const compressor = compression({
    filter: (req, res) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
  return (req, res, next) => {
    if (req.path === '/api/obs/object') return next();
    const accept = req.headers.accept;
    if (accept !== undefined && accept.startsWith('text/event-stream')) return next();
    if (!req.headers['accept-encoding']) {
      res.setHeader('Vary', 'Accept-Encoding');
      return next();
    }
    compressor(req, res, next);
  };
}
