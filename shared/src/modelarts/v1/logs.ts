import { z } from 'zod';
import { cursor, looseInt } from './common.js';

/** `GET …/versions/{version_id}/log/file-names` (§3.10): typed String, actually an array (§7.2 #18). */
export const LogFileNamesResponseSchema = z.looseObject({
  is_success: z.literal(true),
  log_file_list: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string())),
});
export type LogFileNamesResponse = z.infer<typeof LogFileNamesResponseSchema>;

/**
 * Query of `GET …/aom-log` (§3.11). `order=desc` reads the records *after* `base_line`, `asc` the
 * records *before* it; with no `base_line` the latest `lines` lines are returned.
 */
export const AomLogQuerySchema = z.object({
  log_file: z.string({ error: 'log_file is required' }).min(1, 'log_file is required').max(256),
  lines: z.coerce
    .number()
    .int('lines must be a whole number')
    .min(0, 'lines must be 0–500')
    .max(500, 'lines must be 0–500')
    .default(50),
  base_line: z
    .string()
    .regex(/^\d{0,20}$/, 'base_line must be a cursor from a previous response')
    .optional(),
  order: z.enum(['asc', 'desc'], { error: 'order must be asc or desc' }).optional(),
});
export type AomLogQuery = z.input<typeof AomLogQuerySchema>;

/** Response: cursors as strings (19 digits, past JS safe integers), `lines` as number or string (§7.2 #19). */
export const AomLogResponseSchema = z.looseObject({
  is_success: z.literal(true),
  content: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  lines: looseInt,
  start_line: cursor.nullish(),
  end_line: cursor.nullish(),
});
export type AomLogResponse = z.infer<typeof AomLogResponseSchema>;
