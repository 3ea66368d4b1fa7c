import { createHmac } from 'node:crypto';

/**
 * The OBS V2 header signature ("Authentication of Signature in a Header", obs_04_0010) and its
 * S3-compatible twin that the official SDKs send in path-style mode (`AWS AK:sig`, x-amz-*):
 *
 *   StringToSign = VERB \n Content-MD5 \n Content-Type \n Date \n CanonicalizedHeaders CanonicalizedResource
 *   Signature    = base64(HMAC-SHA1(SK, UTF-8(StringToSign)))
 *
 * CanonicalizedHeaders: every `x-obs-` (`x-amz-`) header, name in lower case, sorted, repeated
 * values joined with commas, each as `name:value\n`. Date is empty when the scheme's own date
 * header (`x-obs-date` / `x-amz-date`) is sent. CanonicalizedResource: the path as sent
 * (`/bucket/key`, still URL-encoded), then the sub-resources among the query parameters, sorted,
 * `?a&b=v` with values decoded (esdk-obs-nodejs `utils.js#doAuth`, the OBS page's list).
 */

export type ObsScheme = 'OBS' | 'AWS';

/** Header prefix of each scheme: `x-obs-` for OBS, `x-amz-` for the S3-compatible form. */
export const HEADER_PREFIX: Record<ObsScheme, string> = { OBS: 'x-obs-', AWS: 'x-amz-' };

/** Query parameters that are part of the signed resource (the OBS page's table, the SDK's list). */
export const SUB_RESOURCES: ReadonlySet<string> = new Set(
  (
    'acl append attname backtosource cors customdomain delete deletebucket directcoldaccess ' +
    'encryption inventory length lifecycle location logging metadata modify name notification ' +
    'object-lock obscompresspolicy partnumber policy position quota rename replication ' +
    'requestpayment response-cache-control response-content-disposition ' +
    'response-content-encoding response-content-language response-content-type response-expires ' +
    'restore retention storageclass storageinfo storagepolicy tagging torrent truncate uploadid ' +
    'uploads versionid versioning versions website x-image-process x-image-save-bucket ' +
    'x-image-save-object x-obs-security-token x-oss-process'
  ).split(' '),
);

export interface SignableRequest {
  method: string;
  /** The request target's path exactly as sent (URL-encoded). */
  rawPath: string;
  /** The raw query string without `?` (may be empty). */
  rawQuery: string;
  /** Header name (any case) → value or values. */
  headers: Record<string, string | string[] | undefined>;
}

function header(headers: SignableRequest['headers'], name: string): string | undefined {
  for (const [k, v] of Object.entries(headers))
    if (k.toLowerCase() === name) return Array.isArray(v) ? v.join(',') : v;
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `x-obs-a:1\nx-obs-b:2\n`: the scheme's headers, lower-cased, sorted, values joined. */
export function canonicalizedHeaders(
  headers: SignableRequest['headers'],
  scheme: ObsScheme,
): string {
  const prefix = HEADER_PREFIX[scheme];
  const merged = new Map<string, string[]>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!lower.startsWith(prefix) || value === undefined) continue;
    const values = (Array.isArray(value) ? value : [value]).map((v) => v.trim());
    merged.set(lower, [...(merged.get(lower) ?? []), ...values]);
  }
  return [...merged.keys()]
    .sort()
    .map((k) => `${k}:${merged.get(k)!.join(',')}\n`)
    .join('');
}

/** `/bucket/key?partNumber=1&uploadId=x`: the path as sent plus the signed sub-resources. */
export function canonicalizedResource(rawPath: string, rawQuery: string): string {
  const pieces = rawQuery === '' ? [] : rawQuery.split('&').sort();
  const subs: string[] = [];
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    const name = safeDecode(eq < 0 ? piece : piece.slice(0, eq));
    if (!SUB_RESOURCES.has(name.toLowerCase())) continue;
    const value = eq < 0 ? '' : safeDecode(piece.slice(eq + 1));
    subs.push(value === '' ? name : `${name}=${value}`);
  }
  return rawPath + (subs.length > 0 ? `?${subs.join('&')}` : '');
}

export function stringToSign(req: SignableRequest, scheme: ObsScheme): string {
  const ownDate = header(req.headers, `${HEADER_PREFIX[scheme]}date`);
  return [
    req.method.toUpperCase(),
    header(req.headers, 'content-md5') ?? '',
    header(req.headers, 'content-type') ?? '',
    ownDate !== undefined ? '' : (header(req.headers, 'date') ?? ''),
    canonicalizedHeaders(req.headers, scheme) + canonicalizedResource(req.rawPath, req.rawQuery),
  ].join('\n');
}

export function signature(sk: string, toSign: string): string {
  return createHmac('sha1', sk).update(toSign, 'utf8').digest('base64');
}

/** The value of an Authorization header for a request (clients and tests). */
export function authorizationHeader(
  req: SignableRequest,
  key: { ak: string; sk: string },
  scheme: ObsScheme = 'OBS',
): string {
  return `${scheme} ${key.ak}:${signature(key.sk, stringToSign(req, scheme))}`;
}

/** `OBS AK:sig` / `AWS AK:sig` → its parts, or null when the header has another form. */
export function parseObsAuthorization(
  value: string,
): { scheme: ObsScheme; ak: string; signature: string } | null {
  const m = /^(OBS|AWS) ([^:\s]+):(\S+)$/.exec(value.trim());
  if (!m) return null;
  return { scheme: m[1] as ObsScheme, ak: m[2]!, signature: m[3]! };
}

/** The request's time: the scheme's date header if sent, else Date (epoch ms, or undefined). */
export function requestTime(
  headers: SignableRequest['headers'],
  scheme: ObsScheme,
): number | undefined {
  const value = header(headers, `${HEADER_PREFIX[scheme]}date`) ?? header(headers, 'date');
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export { header as headerValue };
