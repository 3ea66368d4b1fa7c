import { z } from 'zod';
import { GuardrailsSchema, RoleSchema } from './portal.js';

const field = (name: string, max: number) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`)
    .max(max, `${name} must be at most ${max} characters`);

/** `POST /api/session` body. */
export const LoginRequestSchema = z.strictObject({
  domain: field('domain', 64),
  username: field('username', 64),
  password: z.string({ error: 'password is required' }).min(1, 'password is required').max(256),
  project: field('project', 64),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** What the browser learns about its session: never the token. */
export const SessionInfoSchema = z.object({
  user: z.string(),
  domain: z.string(),
  project: z.object({ id: z.string(), name: z.string() }),
  expiresAt: z.string(),
  /** Team portal (AUTH_MODE=oidc): the user's role in the current project, and in each project. */
  role: RoleSchema.optional(),
  roles: z.record(z.string(), RoleSchema).optional(),
  /** Team portal: what the role may launch in the current project (forms offer only that). */
  guardrails: GuardrailsSchema.optional(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
