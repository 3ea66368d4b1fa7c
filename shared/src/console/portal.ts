import { z } from 'zod';

/**
 * Roles in a project of the team portal (AUTH_MODE=oidc): `viewer` reads everything and follows
 * logs; `operator` also creates, stops, copies and saves configurations (within guardrails);
 * `admin` also deletes anyone's job and reads the audit trail.
 */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export const RoleSchema = z.enum(ROLES, { error: 'must be viewer, operator or admin' });
export type Role = z.infer<typeof RoleSchema>;

/** Whether `role` includes everything `needed` may do. */
export const roleAllows = (role: Role, needed: Role): boolean =>
  ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** What a role may launch in the team portal (the portal file's `guardrails`); absent: no limit. */
export const GuardrailsSchema = z.object({
  flavors: z.array(z.string()).optional(),
  max_nodes: z.number().optional(),
  max_running_per_user: z.number().optional(),
  auto_stop_max_hours: z.number().optional(),
  obs_prefixes: z
    .object({
      code: z.array(z.string()).optional(),
      data: z.array(z.string()).optional(),
      outputs: z.array(z.string()).optional(),
    })
    .optional(),
});
export type Guardrails = z.infer<typeof GuardrailsSchema>;

/** `GET /api/session/options`: how this console signs people in (public, before sign-in). */
export const SignInOptionsSchema = z.object({
  auth_mode: z.enum(['iam', 'oidc']),
});
export type SignInOptions = z.infer<typeof SignInOptionsSchema>;

/** One line of the audit trail (`GET /api/audit`, admins): nothing secret in it. */
export const AuditEntrySchema = z.object({
  time: z.string(),
  user: z.string(),
  role: RoleSchema.optional(),
  project: z.string(),
  method: z.string(),
  path: z.string(),
  job: z.string().optional(),
  /** The OBS path written or deleted (`/api/obs/...` calls). */
  object: z.string().optional(),
  status: z.number(),
  request_id: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
