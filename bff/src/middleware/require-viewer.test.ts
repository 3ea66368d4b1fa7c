import type { Request, Response } from 'express';
import type { Role } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../errors.js';
import type { Session } from '../services/session-store.js';
import { requireViewer } from './require-viewer.js';

const base: Session = {
  token: 't',
  projectId: 'p-id',
  projectName: 'eu-de_team',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 60_000,
};

const portal = (roles: Record<string, Role>): Session => ({
  ...base,
  portal: { subject: 's', groups: [], roles, guardrails: {} },
});

/** What requireViewer passes to `next`: undefined (let through) or the error. */
function verdict(session: Session | undefined): unknown {
  let seen: unknown = 'next not called';
  requireViewer({ session } as Request, {} as Response, (err?: unknown) => {
    seen = err;
  });
  return seen;
}

describe('requireViewer', () => {
  it('lets an IAM session (no portal) and a request without a session through', () => {
    expect(verdict(base)).toBe(undefined);
    expect(verdict(undefined)).toBe(undefined);
  });

  it.each(['viewer', 'operator', 'admin'] as const)(
    'lets a portal session with the role %s in its project through',
    (role) => {
      expect(verdict(portal({ [base.projectName]: role }))).toBe(undefined);
    },
  );

  it('refuses a portal session with no role in its project, naming the project', () => {
    for (const s of [portal({}), portal({ other_project: 'admin' })]) {
      const err = verdict(s);
      expect(err).toBeInstanceOf(ForbiddenError);
      expect((err as Error).message).toBe('You have no role in eu-de_team');
    }
  });
});
