import { roleAllows, type Role } from '@console/shared';
import type { PortalFile } from './portal-schema.js';

/**
 * The role of a person in each project of the portal, from their identity provider groups: the
 * highest role any of their groups is bound to there. Projects without a binding are absent.
 */
export function rolesFor(
  groups: readonly string[],
  bindings: PortalFile['roles'],
): Record<string, Role> {
  const mine = new Set(groups);
  const roles: Record<string, Role> = {};
  for (const b of bindings) {
    if (!mine.has(b.group)) continue;
    const had = roles[b.project];
    if (!had || roleAllows(b.role, had)) roles[b.project] = b.role;
  }
  return roles;
}

/** The groups in a claim value: a list of strings, or one string (some providers send that). */
export function groupsIn(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((g): g is string => typeof g === 'string');
  return [];
}
