import { z } from 'zod';

/**
 * The BFF's own error body. It uses the same key names as ModelArts v2 errors so that the web reads
 * one shape; upstream bodies are passed through unchanged (v1 adds `error_message`/`is_success`).
 */
export const ConsoleErrorBodySchema = z.looseObject({
  error_code: z.string(),
  error_msg: z.string(),
  request_id: z.string().optional(),
  /** For validation errors: the path of the offending field, e.g. `config.worker_server_num`. */
  field: z.string().optional(),
});
export type ConsoleErrorBody = z.infer<typeof ConsoleErrorBodySchema>;

/** Any error body the web may receive: the BFF's own, a v1 envelope, a v2 error, an IAM error. */
export const AnyErrorBodySchema = z.looseObject({
  error_code: z.string().optional(),
  error_msg: z.string().optional(),
  error_message: z.string().optional(),
  request_id: z.string().optional(),
  field: z.string().optional(),
});

/** Error codes the BFF itself emits. */
export const ConsoleErrorCode = {
  badRequest: 'Console.0400',
  unauthenticated: 'Console.0401',
  badCredentials: 'Console.0402',
  forbidden: 'Console.0403',
  notFound: 'Console.0404',
  /** The request conflicts with what exists (e.g. deleting a folder that is not empty). */
  conflict: 'Console.0409',
  /** An upload without `Content-Length` (the size is checked before anything is sent on). */
  lengthRequired: 'Console.0411',
  payloadTooLarge: 'Console.0413',
  unsupportedMediaType: 'Console.0415',
  tooManyRequests: 'Console.0429',
  internal: 'Console.0500',
  upstreamUnreachable: 'Console.0502',
  upstreamTimeout: 'Console.0504',
  /** Too many upstream calls waiting, or the upstream keeps failing: 503 with `Retry-After`. */
  busy: 'Console.0503',
  /** The console's shared state (Redis, with REDIS_URL) cannot be reached: 503 with `Retry-After`. */
  stateUnavailable: 'Console.0530',
  /** A create whose answer was lost did not create anything (checked upstream): a retry is safe. */
  notCreated: 'Console.0424',
} as const;
