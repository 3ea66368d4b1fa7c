import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The page's Content Security Policy. Scripts: only our own files, and the page's own inline scripts
 * by their hash (the colour-scheme script the build writes into index.html: routes/inline-scripts.ts;
 * no 'unsafe-inline', no 'unsafe-eval': the web runs zod jitless).
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

function options(secure: boolean, inlineScripts: readonly string[]): HelmetOptions {
  const own = { ...directives, scriptSrc: [...directives.scriptSrc, ...inlineScripts] };
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      // Over plain http (local use) an upgrade would send every asset request to https.
      directives: secure ? { ...own, upgradeInsecureRequests: [] } : own,
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
function recordHelmet(secure: boolean, inlineScripts: readonly string[]): HeaderList {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string) => headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
  };
  let done = false;
  // helmet reads nothing but these two methods of the response (and nothing of the request)
  (
    helmet(options(secure, inlineScripts)) as unknown as (
      req: object,
      r: object,
      next: () => void,
    ) => void
  )({}, res, () => (done = true));
  if (!done) throw new Error('helmet did not call next synchronously');
  return [...headers];
}

/**
 * helmet on every response: CSP, frame-ancestors + X-Frame-Options, Referrer-Policy, nosniff…
 * `inlineScripts`: hash sources (`'sha256-…'`) of the page's inline scripts the CSP allows.
 */
export function securityHeaders(inlineScripts: readonly string[] = []): RequestHandler {
  for (const source of inlineScripts) {
    if (!/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(source))
      throw new Error(`not a CSP hash source: ${source}`);
  }
  const overHttps = recordHelmet(true, inlineScripts);
  const overHttp = recordHelmet(false, inlineScripts);
  return (req, res, next) => {
    for (const [name, value] of req.secure ? overHttps : overHttp) res.setHeader(name, value);
    next();
  };
}
