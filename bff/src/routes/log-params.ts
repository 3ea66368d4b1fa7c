import { z } from 'zod';

const v1Id = (name: string) => z.string().regex(/^\d{1,19}$/, `${name} must be a number`);
const v2Id = (name: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, `${name} must be 1–64 letters, digits, hyphens or underscores`);

export const V1ParamsSchema = z.object({ jobId: v1Id('job_id'), versionId: v1Id('version_id') });
export const V2ParamsSchema = z.object({ jobId: v2Id('job_id'), taskId: v2Id('task_id') });

export const LogFileQuerySchema = z.object({
  log_file: z
    .string({ error: 'log_file is required' })
    .min(1, 'log_file is required')
    .regex(
      /^[A-Za-z0-9._-]{1,128}$/,
      'log_file must be 1–128 letters, digits, dots, hyphens or underscores',
    ),
  last_event_id: z.string().optional(),
});

export const LastEventQuerySchema = z.object({ last_event_id: z.string().optional() });

/** v1: an upstream aom-log line cursor (19 digits in practice). */
export const V1CursorSchema = z
  .string()
  .regex(/^\d{1,20}$/, 'Last-Event-ID must be a cursor from this stream')
  .optional();

/** v2: a byte offset into the task's full log. */
export const V2CursorSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'Last-Event-ID must be a byte offset from this stream')
  .optional();
