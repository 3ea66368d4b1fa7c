import type { RequestHandler } from 'express';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { ForbiddenError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for state-changing /api calls: the custom header (which a cross-site form cannot set
 * and which forces a CORS preflight) plus, when the browser sends Origin, a same-origin check.
 */
export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  if (req.get(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
    next(new ForbiddenError(`Missing header ${CSRF_HEADER}: ${CSRF_HEADER_VALUE}`));
    return;
  }
  const origin = req.get('origin');
  if (origin !== undefined) {
    const own = `${req.protocol}://${req.get('host') ?? ''}`;
    if (origin.toLowerCase() !== own.toLowerCase()) {
      next(new ForbiddenError('Cross-origin request refused'));
      return;
    }
  }
  next();
};
