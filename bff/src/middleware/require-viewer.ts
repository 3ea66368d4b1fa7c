import type { RequestHandler } from 'express';
import { roleAllows } from '@console/shared';
import { ForbiddenError } from '../errors.js';

/** A portal session needs a role in its project (viewer is enough), as for reading logs. */
export const requireViewer: RequestHandler = (req, _res, next) => {
  const s = req.session;
  const role = s?.portal?.roles[s.projectName];
  if (s?.portal && !(role && roleAllows(role, 'viewer'))) {
    next(new ForbiddenError(`You have no role in ${s.projectName}`));
    return;
  }
  next();
};
