import { z } from 'zod';
import { safeLine, safeObsPath } from '../safe-strings.js';

/** v2 names (metadata.name of jobs and algorithms): `^[A-Za-z0-9_-]{1,64}$` (catalog §2.5). */
export const V2_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
export const v2Name = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .min(1, `${field} is required`)
    .max(64, `${field} must be at most 64 characters`)
    .regex(
      V2_NAME_PATTERN,
      `${field} may contain only letters, digits, hyphens (-) and underscores (_)`,
    );

export const v2Description = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .max(256, `${field} must be at most 256 characters`);

export const optString = (field: string, max = 1024) =>
  z
    .string({ error: `${field} must be a string` })
    .max(max, `${field} must be at most ${max} characters`);

/** Tolerant number (§7.4: numbers arrive as strings in some samples). */
export const looseNumber = z.union([z.number(), z.string()]).transform((v) => Number(v));
/** Tolerant string (numbers where a string is documented, e.g. output `period`). */
export const looseText = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

/** v2 error body (catalog §2.2); `error_solution` is optional. */
export const V2ErrorBodySchema = z.looseObject({
  error_code: z.string(),
  error_msg: z.string(),
  error_solution: z.string().optional(),
});
export type V2ErrorBody = z.infer<typeof V2ErrorBodySchema>;

/** Parameter `constraint` (catalog §4.1 Parameter). */
export const ParameterConstraintSchema = z.looseObject({
  type: z.string().optional(),
  editable: z.boolean().optional(),
  required: z.boolean().optional(),
  sensitive: z.boolean().optional(),
  valid_type: z.string().optional(),
  valid_range: z.array(z.string()).optional(),
});

export const I18nDescriptionSchema = z.looseObject({
  language: z.string().optional(),
  description: z.string().optional(),
});

/** A hyperparameter in requests: value is documented as String; numbers/booleans are tolerated. */
export const ParameterRequestSchema = z.strictObject({
  // both become a process argument `--name=value`
  name: safeLine('parameters[].name', { max: 64 }),
  value: z.union([safeLine('parameters[].value', { allowEmpty: true }), z.number(), z.boolean()], {
    error: 'parameters[].value must be a string',
  }),
  description: optString('parameters[].description', 256).optional(),
  constraint: ParameterConstraintSchema.optional(),
  i18n_description: I18nDescriptionSchema.nullish(),
});
export type ParameterRequest = z.infer<typeof ParameterRequestSchema>;

export const ParameterResponseSchema = z.looseObject({
  name: z.string(),
  value: looseText.optional(),
  description: z.string().nullish(),
  constraint: ParameterConstraintSchema.nullish(),
  i18n_description: I18nDescriptionSchema.nullish(),
});
export type ParameterResponse = z.infer<typeof ParameterResponseSchema>;

/** `remote.obs` of a data channel. */
export const ObsRemoteSchema = z.strictObject({ obs_url: safeObsPath('obs_url') });
