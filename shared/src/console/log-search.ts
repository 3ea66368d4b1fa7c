import { z } from 'zod';

/**
 * Search of a whole log on the server, for lines older than the browser holds:
 * `GET /api/logs/v1/{job_id}/{version_id}/search?log_file=F&q=TEXT[&case=1][&before=N]` and
 * `GET /api/logs/v2/{job_id}/{task_id}/search?q=TEXT[&case=1][&before=N]`. The answer streams as
 * NDJSON: one LogSearchMatch per matching line (line numbers from 1 at the log's first line), in
 * order, then one LogSearchEnd. `q` is plain text (no regular expression runs on the server).
 */
export const LogSearchMatchSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});
export type LogSearchMatch = z.infer<typeof LogSearchMatchSchema>;

export const LogSearchEndSchema = z.object({
  done: z.literal(true),
  /** Lines looked at. */
  lines_read: z.number().int().nonnegative(),
  matches: z.number().int().nonnegative(),
  /** The search stopped at a bound (bytes or pages read) before `before` or the log's end. */
  truncated: z.boolean(),
  /** It stopped at the most matches it sends: more lines may match. */
  more: z.boolean(),
});
export type LogSearchEnd = z.infer<typeof LogSearchEndSchema>;

export const LogSearchQuerySchema = z.object({
  q: z
    .string({ error: 'q is required' })
    .min(1, 'q is required')
    .max(200, 'q must be at most 200 characters'),
  case: z.enum(['0', '1'], { error: 'case must be 0 or 1' }).optional(),
  before: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'before must be a line number (1 or more)')
    .optional(),
});
export type LogSearchQuery = z.infer<typeof LogSearchQuerySchema>;
