import { msg } from '../../lib/i18n/msg.js';

// The sign-in form's schema in a module of its own: the form imports it (and zod with it) when the
// user starts filling it in, not with the login page (issue 14's 120 kB budget: post-build.ts).
export { LoginRequestSchema } from '@console/shared';

/** The schema's messages, shown through t() (the schema lives in `shared`, which has no languages). */
export const SCHEMA_MESSAGES = [
  msg('domain is required'),
  msg('username is required'),
  msg('password is required'),
  msg('project is required'),
  msg('domain must be at most 64 characters'),
  msg('username must be at most 64 characters'),
  msg('project must be at most 64 characters'),
] as const;
