import type { z } from 'zod';
import { issuePath } from '@console/shared';
import { ValidationError } from './errors.js';

/**
 * Parses with a zod schema or throws a ValidationError naming the first bad field (dotted path;
 * an unknown key is named itself). A problem with the value as a whole names `whole` ("request body").
 */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  whole = 'request body',
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issuePath(issue).map(String).join('.') : '';
  const message = issue?.message ?? 'Invalid request';
  if (!field) throw new ValidationError(`${whole}: ${message}`);
  // Shared schemas usually name the field already ("job_name is required"); prefix the path otherwise.
  const named = message.includes(field) ? message : `${field}: ${message}`;
  throw new ValidationError(named, field);
}
