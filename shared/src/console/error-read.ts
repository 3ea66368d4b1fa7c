// Reading any error body, without zod: the web reads every failed answer with it, the login page
// included, which must not download zod (issue 14's 120 kB budget).

export interface NormalisedError {
  code: string;
  message: string;
  requestId?: string;
  field?: string;
}

const ERROR_BODY_KEYS = [
  'error_code',
  'error_msg',
  'error_message',
  'request_id',
  'field',
] as const;
type AnyErrorBody = Partial<Record<(typeof ERROR_BODY_KEYS)[number], string>>;

/**
 * `AnyErrorBodySchema.safeParse(body)` written out without zod: the web reads every failed answer
 * with it, the login page included, which must not download zod (issue 14's 120 kB budget). The
 * test checks both agree on any input.
 */
function readErrorBody(body: unknown): AnyErrorBody | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const read: AnyErrorBody = {};
  for (const key of ERROR_BODY_KEYS) {
    const value = (body as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    read[key] = value;
  }
  return read;
}

/** Reads whichever error form arrived and returns code + message (catalog §7.1: both v1 spellings). */
export function normaliseErrorBody(body: unknown, status: number): NormalisedError {
  const b = readErrorBody(body);
  if (b) {
    const message = b.error_msg ?? b.error_message;
    if (b.error_code || message) {
      return {
        code: b.error_code ?? `HTTP.${status}`,
        message: message ?? `Request failed with status ${status}`,
        ...(b.request_id ? { requestId: b.request_id } : {}),
        ...(b.field ? { field: b.field } : {}),
      };
    }
  }
  return { code: `HTTP.${status}`, message: `Request failed with status ${status}` };
}
