import type { z } from 'zod';

/**
 * Where a zod issue points, as path parts. An unknown key is reported by zod on the object that
 * holds it (for the whole body: an empty path); the key itself is the field a user must change,
 * so it is appended.
 */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  return unknownKey === undefined ? [...issue.path] : [...issue.path, unknownKey];
}

/** The first issue's path, dotted (`config.parameter.0.value`); '' for the body as a whole. */
export function firstIssueField(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issuePath(issue).map(String).join('.') : '';
}
