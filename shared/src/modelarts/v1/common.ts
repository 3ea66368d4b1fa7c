import { z } from 'zod';

/** Tolerant readers (catalog §7): the cloud sends ids and counts as numbers in one sample and strings in another. */
export const looseInt = z
  .union([z.number(), z.string().regex(/^-?\d+$/)])
  .transform((v) => Number(v));
/** 19-digit cursors exceed Number.MAX_SAFE_INTEGER: always keep them as strings. */
export const cursor = z.union([z.string(), z.number(), z.bigint()]).transform((v) => String(v));
export const looseString = z.union([z.string(), z.number()]).transform((v) => String(v));
export const nullableString = z.string().nullish();

/** v1 success envelope (catalog §2.1). */
export const V1SuccessSchema = z.looseObject({ is_success: z.literal(true) });
export type V1Success = z.infer<typeof V1SuccessSchema>;

/** v1 failure envelope; REST pages say `error_message`, SDK pages `error_msg` (§7.1): read both. */
export const V1ErrorBodySchema = z.looseObject({
  is_success: z.literal(false),
  error_code: z.string(),
  error_message: z.string().optional(),
  error_msg: z.string().optional(),
});
export type V1ErrorBody = z.infer<typeof V1ErrorBodySchema>;

/** Job and config names: `^[A-Za-z0-9_-]{1,64}$` (catalog §2.5). */
export const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
export const jobName = z
  .string({ error: 'job_name is required' })
  .min(1, 'job_name is required')
  .max(64, 'job_name must be at most 64 characters')
  .regex(
    NAME_PATTERN,
    'job_name may contain only letters, digits, hyphens (-) and underscores (_)',
  );
export const description = (fieldName: string) =>
  z.string().max(256, `${fieldName} must be at most 256 characters`);
