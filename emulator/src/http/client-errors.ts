import { BodyTooDeepError } from './json-body.js';

/** What a client did wrong before any route ran (its path, reading the body). */
export type ClientErrorKind =
  'too_large' | 'invalid_json' | 'too_deep' | 'bad_path' | 'bad_request';

export interface ClientError {
  status: number;
  kind: ClientErrorKind;
  /** Safe to show: no body content, no header values. */
  detail: string;
  /** Where a too-deep body went too deep (a zod-style path). */
  at?: ReadonlyArray<PropertyKey>;
}

interface HttpErrorLike {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

/**
 * Body errors a client caused, as a status and kind (the API layers pick the codes), or null
 * for anything else: that is the emulator's bug and stays a 500. Body-parser errors are
 * http-errors with `status`, `type` and `expose` (their messages name no body content).
 */
export function clientErrorOf(err: unknown): ClientError | null {
  if (err instanceof BodyTooDeepError)
    return { status: 400, kind: 'too_deep', detail: err.message, at: err.at };
  if (typeof err !== 'object' || err === null) return null;
  const e = err as HttpErrorLike;
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return null;
  if (e.type === 'entity.too.large')
    return { status: 413, kind: 'too_large', detail: 'the request body is too large' };
  if (e.type === 'entity.parse.failed')
    return { status: 400, kind: 'invalid_json', detail: 'the request body is not valid JSON' };
  // a path whose percent-encoding does not decode (`/v1/%E0/…`): the router's 400, a URIError
  if (err instanceof URIError && status === 400)
    return { status: 400, kind: 'bad_path', detail: 'the path is not valid percent-encoding' };
  if (e.expose !== true) return null;
  return { status, kind: 'bad_request', detail: String(e.message ?? 'bad request') };
}
