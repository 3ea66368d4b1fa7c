import type { Request } from 'express';
import { ValidationError } from '../errors.js';
import type { AllowedRoute } from '../services/allow-list.js';
import { v1CreateProblems, v2CreateProblems } from './guardrails.js';
import type { Portal } from './portal-runtime.js';
import { roleOf } from './portal-sessions.js';

/** The annotation a v2 job created through the portal carries: who created it. */
export const OWNER_ANNOTATION = 'modelarts-console/created-by';

/**
 * The portal's check of a valid create body before it goes upstream: the role's guardrails
 * (400 naming the first field that breaks one), and, for v2, the creator written into
 * `metadata.annotations` so the list and the detail can show whose job it is.
 */
export function guardCall(portal: Portal) {
  return (req: Request, route: AllowedRoute, version: string): void => {
    const s = req.session;
    if (!s?.portal) return;
    const creates =
      version === 'v1'
        ? route.name === 'createJob' || route.name === 'createVersion'
        : route.name === 'createJob';
    if (!creates) return;
    const role = roleOf(s);
    const g = role ? portal.file.guardrails[role] : undefined;
    if (g) {
      const problems =
        version === 'v1' ? v1CreateProblems(req.body, g) : v2CreateProblems(req.body, g);
      const first = problems[0];
      if (first) throw new ValidationError(first.message, first.field);
    }
    if (version === 'v2') stampOwner(req.body, s.user);
  };
}

function stampOwner(body: unknown, user: string): void {
  if (typeof body !== 'object' || body === null) return;
  const b = body as { metadata?: { annotations?: Record<string, string> } };
  if (!b.metadata) return;
  b.metadata.annotations = { ...b.metadata.annotations, [OWNER_ANNOTATION]: user };
}
