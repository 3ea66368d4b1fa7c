/**
 * Upstream codes that mean "this token is no good" (missing, expired, unparsable or rejected), from
 * the ModelArts error table (catalog §6 and appendix/error_codes.rst, all HTTP 401) and the API
 * gateway's IAM check (APIGW.0301 "Incorrect IAM authentication information", APIGW.0307 "The
 * token must be updated"; older pages spell the prefix APIG). Other 401s (e.g. ModelArts.0112
 * policy, 4630 no permission) are about rights, not the token: they pass through unchanged.
 */
export const TOKEN_FAILURE_CODES: ReadonlySet<string> = new Set([
  'ModelArts.0201',
  'ModelArts.0202',
  'ModelArts.0203',
  'ModelArts.0204',
  'ModelArts.4127',
  'ModelArts.4201',
  'ModelArts.5001',
  'ModelArts.5002',
  'ModelArts.50001000',
  'APIGW.0301',
  'APIGW.0307',
  'APIG.0301',
  'APIG.0307',
]);

export interface TokenFailure {
  /** The upstream's code, or `HTTP.401` for a bare IAM-style 401. */
  code: string;
}

/**
 * Reads a 401 body: a listed token code, or an IAM-style body without `error_code`
 * (`{"error": {"code": 401, "title": "Unauthorized"}}`) or no body at all, is a token failure.
 */
export function tokenFailure(status: number, text: string): TokenFailure | undefined {
  if (status !== 401) return undefined;
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const code = (body as { error_code?: unknown }).error_code;
  if (typeof code === 'string') return TOKEN_FAILURE_CODES.has(code) ? { code } : undefined;
  const iam = (body as { error?: { code?: unknown } }).error;
  const bare = iam === undefined || Number(iam.code) === 401;
  return bare ? { code: 'HTTP.401' } : undefined;
}
