import { z } from 'zod';
import { looseNumber } from './common.js';

/** Upper bound of `current_size` (catalog §4.8): the newest 5 MB of a task log. */
export const V2_LOG_PREVIEW_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Task log preview (catalog §4.8). The field was `context` before 2022-03-01 (§7.4 #38): both are
 * read, the result always has `content`. Sizes are bytes (UTF-8), not characters.
 */
export const TaskLogPreviewSchema = z
  .looseObject({
    content: z.string().nullish(),
    context: z.string().nullish(),
    current_size: looseNumber.nullish(),
    full_size: looseNumber.nullish(),
  })
  .transform((r) => ({
    content: r.content ?? r.context ?? '',
    current_size: r.current_size ?? 0,
    full_size: r.full_size ?? 0,
  }));
export type TaskLogPreview = z.output<typeof TaskLogPreviewSchema>;

/** `logs/url` (catalog §4.9): a temporary link valid for 5 minutes. */
export const TaskLogUrlSchema = z.looseObject({ obs_url: z.string() });
export type TaskLogUrl = z.infer<typeof TaskLogUrlSchema>;

/** `Content-Type` (header per the table, query per the sample) of `logs/url`. */
export const LOG_URL_CONTENT_TYPES = ['text/plain', 'application/octet-stream'] as const;
