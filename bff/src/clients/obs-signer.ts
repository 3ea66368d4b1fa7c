import { createHmac } from 'node:crypto';

/**
 * OBS V2 header signature ("Authentication of Signature in a Header"), as the BFF sends it:
 *
 *   StringToSign = VERB \n Content-MD5 \n Content-Type \n Date \n CanonicalizedHeaders CanonicalizedResource
 *   Authorization = OBS AK:base64(HMAC-SHA1(SK, StringToSign))
 *
 * CanonicalizedHeaders: the `x-obs-` headers (lower case, sorted, `name:value\n`); Date is empty
 * when `x-obs-date` is sent (the BFF always sends it). CanonicalizedResource: the path as sent
 * (`/bucket/key`, URL-encoded) and the signed sub-resources of the query, sorted. The `AWS` form is
 * the same over `x-amz-` headers (what the official SDK sends path-style; used to compare with it).
 */
export type ObsScheme = 'OBS' | 'AWS';

/** Keys for one OBS request: permanent (service account) or temporary with a security token. */
export interface ObsKeys {
  ak: string;
  sk: string;
  securityToken?: string;
}

export const HEADER_PREFIX: Record<ObsScheme, string> = { OBS: 'x-obs-', AWS: 'x-amz-' };

/** Query parameters that are part of the signed resource (the ones the BFF uses among them). */
const SUB_RESOURCES = new Set([
  'acl',
  'delete',
  'partnumber',
  'uploadid',
  'uploads',
  'versionid',
  'response-content-type',
  'response-content-disposition',
]);

export interface ObsSignable {
  method: string;
  /** The path as sent: `/bucket/key`, URL-encoded. */
  path: string;
  /** The query string as sent, without `?` ('' for none). */
  query: string;
  /** Every header sent (names in any case), without Authorization. */
  headers: Readonly<Record<string, string>>;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function headerValue(headers: ObsSignable['headers'], name: string): string {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return '';
}

export function obsStringToSign(req: ObsSignable, scheme: ObsScheme = 'OBS'): string {
  const prefix = HEADER_PREFIX[scheme];
  const own = Object.entries(req.headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim()] as const)
    .filter(([k]) => k.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const subs = (req.query === '' ? [] : req.query.split('&').sort()).flatMap((piece) => {
    const eq = piece.indexOf('=');
    const name = decode(eq < 0 ? piece : piece.slice(0, eq));
    if (!SUB_RESOURCES.has(name.toLowerCase())) return [];
    const value = eq < 0 ? '' : decode(piece.slice(eq + 1));
    return [value === '' ? name : `${name}=${value}`];
  });
  const hasOwnDate = own.some(([k]) => k === `${prefix}date`);
  return [
    req.method.toUpperCase(),
    headerValue(req.headers, 'content-md5'),
    headerValue(req.headers, 'content-type'),
    hasOwnDate ? '' : headerValue(req.headers, 'date'),
    own.map(([k, v]) => `${k}:${v}\n`).join('') +
      req.path +
      (subs.length > 0 ? `?${subs.join('&')}` : ''),
  ].join('\n');
}

/** The Authorization header's value for a request. */
export function obsAuthorization(req: ObsSignable, keys: ObsKeys, scheme: ObsScheme = 'OBS') {
  const sig = createHmac('sha1', keys.sk).update(obsStringToSign(req, scheme), 'utf8');
  return `${scheme} ${keys.ak}:${sig.digest('base64')}`;
}

/**
 * The headers to send: `headers` plus the date and, for temporary keys, the security token (both
 * signed), and Authorization. Secrets stay in headers (never in a URL).
 */
export function signObsHeaders(
  req: Omit<ObsSignable, 'headers'> & { headers?: Record<string, string> },
  keys: ObsKeys,
  now: Date = new Date(),
): Record<string, string> {
  const headers: Record<string, string> = {
    ...req.headers,
    'x-obs-date': now.toUTCString(),
    ...(keys.securityToken ? { 'x-obs-security-token': keys.securityToken } : {}),
  };
  return { ...headers, authorization: obsAuthorization({ ...req, headers }, keys) };
}
