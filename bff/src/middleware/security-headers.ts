import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The page's Content Security Policy. Scripts: only our own files (the built index.html has no
 * inline script: web/src/app/index-html.test.ts; no 'unsafe-eval': the web runs zod jitless).
 * Styles need 'unsafe-inline': Mantine writes `<style>` elements at run time (its CSS variables and
 * responsive style props) and React sets style attributes; inline CSS cannot run script, and
 * script-src stays strict.
 */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
};

function options(secure: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      // Over plain http (local use) an upgrade would send every asset request to https.
      directives: secure ? { ...directives, upgradeInsecureRequests: [] } : directives,
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only where the browser reached us over https (req.secure honours trust proxy).
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/** helmet on every response: CSP, frame-ancestors + X-Frame-Options, Referrer-Policy, nosniff… */
export function securityHeaders(): RequestHandler {
  const overHttps = helmet(options(true));
  const overHttp = helmet(options(false));
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}
