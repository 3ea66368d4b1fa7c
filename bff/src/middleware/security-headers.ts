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

type HeaderList = readonly (readonly [string, string])[];

/**
 * The headers helmet sets with these options, recorded once: its middleware chain (a dozen nested
 * functions per request) always sets the same values, since no option here depends on the request.
 */
function recordHelmet(secure: boolean): HeaderList {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  // helmet reads nothing but these two methods of the response (and nothing of the request)
  (helmet(options(secure)) as unknown as (req: object, r: object, next: () => void) => void)(
    {},
    res,
    () => (done = true),
  );
  if (!done) throw new Error('helmet did not call next synchronously');
  return [...headers];
}

/** helmet on every response: CSP, frame-ancestors + X-Frame-Options, Referrer-Policy, nosniff… */
export function securityHeaders(): RequestHandler {
  const overHttps = recordHelmet(true);
  const overHttp = recordHelmet(false);
  return (req, res, next) => {
    for (const [name, value] of req.secure ? overHttps : overHttp) res.setHeader(name, value);
    next();
  };
}
