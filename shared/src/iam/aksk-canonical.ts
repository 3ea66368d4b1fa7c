/**
 * AK/SK request signing of Huawei Cloud's API Gateway (`SDK-HMAC-SHA256`), as the official SDK
 * core's `AKSKSigner` does it — the strings only; the caller hashes (node:crypto in the BFF and the
 * emulator), so this file stays free of platform imports:
 *
 *   canonical request = METHOD \n canonical URI \n canonical query \n canonical headers \n
 *                       signed header names \n hex(sha256(body))
 *   string to sign    = SDK-HMAC-SHA256 \n X-Sdk-Date \n hex(sha256(canonical request))
 *   signature         = hex(hmac-sha256(SK, string to sign))
 */
export const AKSK_ALGORITHM = 'SDK-HMAC-SHA256';
export const SDK_DATE_HEADER = 'x-sdk-date';
export const CONTENT_SHA256_HEADER = 'x-sdk-content-sha256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** `X-Sdk-Date`: `YYYYMMDDTHHMMSSZ`, UTC. */
export const SDK_DATE_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * RFC 3986 unreserved characters stay, every other UTF-8 byte is %XX (upper case), as the SDK's
 * `urlEncode` (which, like this, refuses a lone surrogate).
 */
export function akskEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Each path segment encoded; always ends with `/` (the SDK appends one). Pass the segments
 * already split (and percent-decoded) when the path arrived encoded.
 */
export function canonicalUri(path: string | readonly string[]): string {
  const segments = typeof path === 'string' ? path.split('/') : path;
  const uri = segments.map(akskEncode).join('/');
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** `key=value` pairs, keys sorted (then the values of a repeated key), each part encoded. */
export function canonicalQuery(params: ReadonlyArray<readonly [string, string]>): string {
  const byKey = new Map<string, string[]>();
  for (const [k, v] of params) byKey.set(k, [...(byKey.get(k) ?? []), v]);
  return [...byKey.keys()]
    .sort()
    .flatMap((k) =>
      [...(byKey.get(k) ?? [])].sort().map((v) => `${akskEncode(k)}=${akskEncode(v)}`),
    )
    .join('&');
}

/** Header names lower-cased and sorted, as in `SignedHeaders=`. */
export const signedHeaderNames = (names: readonly string[]): string[] =>
  [...new Set(names.map((n) => n.toLowerCase()))].sort();

export interface CanonicalParts {
  method: string;
  /** The request path without the query, or its segments (percent-decoded). */
  path: string | readonly string[];
  query: ReadonlyArray<readonly [string, string]>;
  /** Lower-cased name → value of every signed header. */
  headers: Readonly<Record<string, string>>;
  /** Lower-cased, sorted. */
  signed: readonly string[];
  /** hex(sha256(body)), or the `X-Sdk-Content-Sha256` value. */
  payloadHash: string;
}

export function canonicalRequest(p: CanonicalParts): string {
  const headerLines = p.signed.map((n) => `${n}:${p.headers[n] ?? ''}\n`).join('');
  return [
    p.method.toUpperCase(),
    canonicalUri(p.path),
    canonicalQuery(p.query),
    headerLines,
    p.signed.join(';'),
    p.payloadHash,
  ].join('\n');
}

export const stringToSign = (sdkDate: string, canonicalRequestHash: string): string =>
  [AKSK_ALGORITHM, sdkDate, canonicalRequestHash].join('\n');

export interface AkskAuthorization {
  access: string;
  signedHeaders: string[];
  signature: string;
}

export const formatAuthorization = (a: AkskAuthorization): string =>
  `${AKSK_ALGORITHM} Access=${a.access}, SignedHeaders=${a.signedHeaders.join(';')}, Signature=${a.signature}`;

/** Reads `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`; undefined when malformed. */
export function parseAuthorization(header: string): AkskAuthorization | undefined {
  const m =
    /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!m) return undefined;
  return { access: m[1]!, signedHeaders: m[2]!.split(';'), signature: m[3]! };
}

/** The time of an `X-Sdk-Date` value in ms, or undefined when it is not one. */
export function sdkDateMs(value: string): number | undefined {
  const m = SDK_DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  return Number.isNaN(t) ? undefined : t;
}

/** `X-Sdk-Date` for a time. */
export function sdkDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}
