import { RoleSchema } from '@console/shared';
import { z } from 'zod';

/**
 * The team portal's file (PORTAL_CONFIG, YAML): which projects the portal serves and with which
 * service-account credentials (named by environment variable, never written in the file), which
 * identity-provider group holds which role in which project, and each role's guardrails.
 */
export { RoleSchema, type Role } from '@console/shared';

const envName = z
  .string({ error: 'must name an environment variable' })
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must name an environment variable (A-Z, 0-9, _)');

const AkSkRef = z.strictObject({ ak_env: envName, sk_env: envName });
const PasswordRef = z.strictObject({
  user_env: envName,
  password_env: envName,
  domain_env: envName,
});

const ProjectSchema = z.strictObject({
  /** The IAM project name, e.g. `eu-de` (the region's default project). */
  name: z
    .string({ error: 'must be an IAM project name' })
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be an IAM project name such as eu-de'),
  /** The project id; needed with AK/SK (a password sign-in learns it from IAM). */
  id: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'must be a 32-character project id')
    .optional(),
  credentials: z.union([AkSkRef, PasswordRef], {
    error: 'must be { ak_env, sk_env } or { user_env, password_env, domain_env }',
  }),
  /**
   * The service account's OBS access key (the console's OBS browser and uploads); absent: the
   * project's AK/SK `credentials` when it has them (a password account has no OBS key then).
   */
  obs_credentials: AkSkRef.optional(),
});

const RoleBindingSchema = z.strictObject({
  group: z.string({ error: 'must be a group name' }).min(1, 'must be a group name').max(256),
  project: z.string({ error: 'must name a project of the file' }),
  role: RoleSchema,
});

const prefixes = z.array(
  z
    .string()
    .regex(/^\/[^/\s]+\/(\S*\/)?$/, 'must be an OBS path prefix such as /bucket/team/')
    .max(1024),
);

const GuardrailSchema = z.strictObject({
  /** Flavors (v2) and specs (v1) a job may use; absent: any. */
  flavors: z.array(z.string().min(1).max(128)).min(1, 'must list at least one flavor').optional(),
  max_nodes: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000)
    .optional(),
  max_running_per_user: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000)
    .optional(),
  /** A job must stop by itself within this many hours (v2 `auto_stop`, v1 has no such field). */
  auto_stop_max_hours: z
    .number({ error: 'must be a number of hours' })
    .positive('must be more than 0')
    .max(8760)
    .optional(),
  obs_prefixes: z
    .strictObject({
      code: prefixes.optional(),
      data: prefixes.optional(),
      outputs: prefixes.optional(),
    })
    .optional(),
});
export type Guardrail = z.infer<typeof GuardrailSchema>;

export const PortalFileSchema = z
  .strictObject({
    projects: z
      .array(ProjectSchema, { error: 'must list the projects the portal serves' })
      .min(1, 'must list at least one project'),
    roles: z.array(RoleBindingSchema).default([]),
    guardrails: z
      .strictObject({
        viewer: GuardrailSchema.optional(),
        operator: GuardrailSchema.optional(),
        admin: GuardrailSchema.optional(),
      })
      .default({}),
  })
  .superRefine((file, ctx) => {
    const names = new Set<string>();
    file.projects.forEach((p, i) => {
      if (names.has(p.name)) {
        ctx.addIssue({ code: 'custom', path: ['projects', i, 'name'], message: 'is listed twice' });
      }
      names.add(p.name);
      if ('ak_env' in p.credentials && !p.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['projects', i, 'id'],
          message: 'is required with AK/SK credentials (the project id)',
        });
      }
    });
    file.roles.forEach((r, i) => {
      if (!names.has(r.project)) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', i, 'project'],
          message: `names no project of the file (${[...names].join(', ')})`,
        });
      }
    });
  });
export type PortalFile = z.infer<typeof PortalFileSchema>;
export type PortalProject = PortalFile['projects'][number];
