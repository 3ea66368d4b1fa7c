import { createHash, createHmac } from 'node:crypto';
import {
  CONTENT_SHA256_HEADER,
  EMPTY_BODY_SHA256,
  SDK_DATE_HEADER,
  canonicalRequest,
  formatAuthorization,
  sdkDate,
  signedHeaderNames,
  stringToSign,
} from '@console/shared';

/** An access key pair (from the BFF's environment; never logged, never sent to a browser). */
export interface AccessKeyPair {
  ak: string;
  sk: string;
}

export interface RequestToSign {
  method: string;
  /** The full upstream URL, query included. */
  url: URL;
  /** The headers to send (all of them are signed), without Authorization. */
  headers: Readonly<Record<string, string>>;
  /** The exact body bytes to send, if any. */
  body?: string | Buffer;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Signs an upstream request with an AK/SK pair the way the official SDK core does
 * (`SDK-HMAC-SHA256`, see shared/src/iam/aksk-canonical.ts): every given header plus `host`
 * and `X-Sdk-Date` (now, unless given) are signed. Returns the headers to send.
 */
export function signAkSk(
  r: RequestToSign,
  key: AccessKeyPair,
  now = Date.now(),
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = v;
  headers.host = r.url.host;
  headers[SDK_DATE_HEADER] ??= sdkDate(now);
  const signed = signedHeaderNames(Object.keys(headers));
  const payloadHash =
    headers[CONTENT_SHA256_HEADER] ??
    (r.body !== undefined && r.body.length > 0 ? sha256(r.body) : EMPTY_BODY_SHA256);
  const canonical = canonicalRequest({
    method: r.method,
    path: r.url.pathname.split('/').map(safeDecode),
    query: [...r.url.searchParams],
    headers,
    signed,
    payloadHash,
  });
  const signature = createHmac('sha256', key.sk)
    .update(stringToSign(headers[SDK_DATE_HEADER], sha256(canonical)))
    .digest('hex');
  const authorization = formatAuthorization({ access: key.ak, signedHeaders: signed, signature });
  return { ...headers, authorization };
}
