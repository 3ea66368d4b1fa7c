import type { RequestHandler } from 'express';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { ForbiddenError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** The origin browsers use (PUBLIC_ORIGIN); without it, the request's own origin as computed
   * with `trust proxy` (`req.protocol` + `req.host`, X-Forwarded-Proto/Host only from a trusted hop). */
  publicOrigin: string | undefined;
}

/**
 * CSRF defence for state-changing /api calls, in this order:
 * 1. the custom header (a cross-site form cannot set it; fetch needs a CORS preflight for it);
 * 2. `Sec-Fetch-Site` when the browser sends it: only `same-origin` passes (`same-site` would let a
 *    sibling subdomain in; `none` is a typed URL or bookmark, never a console call);
 * 3. otherwise `Origin`, when sent, must equal the public origin.
 * Clients that send neither (curl, old browsers) are left with the custom header.
 */
export function csrfGuard({ publicOrigin }: CsrfOptions): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    if (req.get(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
      next(new ForbiddenError(`Missing header ${CSRF_HEADER}: ${CSRF_HEADER_VALUE}`));
      return;
    }
    const site = req.get('sec-fetch-site');
    if (site !== undefined) {
      next(
        site === 'same-origin'
          ? undefined
          : new ForbiddenError(
              `Cross-origin request refused (Sec-Fetch-Site: ${site.slice(0, 20)})`,
            ),
      );
      return;
    }
    const origin = req.get('origin');
    if (origin !== undefined) {
      const own = publicOrigin ?? `${req.protocol}://${req.host}`;
      if (origin.toLowerCase() !== own.toLowerCase()) {
        next(new ForbiddenError('Cross-origin request refused'));
        return;
      }
    }
    next();
  };
}
