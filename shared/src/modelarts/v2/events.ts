import { z } from 'zod';
import { looseNumber } from './common.js';

export const V2_EVENT_LEVELS = ['Info', 'Error', 'Warning'] as const;
export const V2_EVENT_SOURCES = ['K8S', 'Job', 'Task'] as const;

/** The largest time a JavaScript Date holds (±100,000,000 days from 1970). */
const MAX_DATE_MS = 8.64e15;

/**
 * An events query time: epoch ms (the sample) or an ISO-8601 string (the page only says String);
 * NaN for anything else, a time no Date can hold (`99999999999999999999`) included.
 */
export function eventTime(t: string): number {
  const ms = /^\d+$/.test(t) ? Number(t) : Date.parse(t);
  return Math.abs(ms) <= MAX_DATE_MS ? ms : NaN;
}

/** Query of `GET …/events` (catalog §4.11), as strings (it is a query string). */
export const JobEventsQuerySchema = z
  .looseObject({
    offset: z.string().regex(/^\d+$/, 'offset must be a non-negative integer').optional(),
    limit: z
      .string()
      .regex(/^\d+$/, 'limit must be an integer between 1 and 100')
      .refine(
        (v) => Number(v) >= 1 && Number(v) <= 100,
        'limit must be an integer between 1 and 100',
      )
      .optional(),
    order: z.enum(['asc', 'desc'], { error: 'order must be asc or desc' }).optional(),
    start_time: z
      .string()
      .refine(
        (t) => !Number.isNaN(eventTime(t)),
        'start_time must be epoch milliseconds or an ISO-8601 time',
      )
      .optional(),
    end_time: z
      .string()
      .refine(
        (t) => !Number.isNaN(eventTime(t)),
        'end_time must be epoch milliseconds or an ISO-8601 time',
      )
      .optional(),
    level: z.enum(V2_EVENT_LEVELS, { error: 'level must be Info, Error or Warning' }).optional(),
    pattern: z.string().max(256, 'pattern must be at most 256 characters').optional(),
    source: z
      .string()
      .refine(
        (s) => ['K8S', 'JOB', 'TASK'].includes(s.toUpperCase()),
        'source must be K8S, Job or Task',
      )
      .optional(),
  })
  .refine((q) => (q.start_time === undefined) === (q.end_time === undefined), {
    message: 'start_time and end_time must be given together',
    path: ['start_time'],
  });
export type JobEventsQuery = z.infer<typeof JobEventsQuerySchema>;

/** One event: ISO-8601 time with offset; sources seen as `K8S` and `K8s` (§7.4 #39). */
export const JobEventSchema = z.looseObject({
  time: z.string(),
  level: z.string(),
  message: z.string(),
  source: z.string().nullish(),
});
export type JobEvent = z.infer<typeof JobEventSchema>;

/** `total`/`limit`/`offset` are typed String but returned as numbers: read both. */
export const JobEventsResponseSchema = z.looseObject({
  total: looseNumber,
  limit: looseNumber.nullish(),
  offset: looseNumber.nullish(),
  order: z.string().nullish(),
  start_time: z.string().nullish(),
  end_time: z.string().nullish(),
  events: z.array(JobEventSchema),
});
export type JobEventsResponse = z.infer<typeof JobEventsResponseSchema>;
