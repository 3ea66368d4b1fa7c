import { AUTH_TOKEN_HEADER } from '@console/shared';
import { signAkSk, type AccessKeyPair } from './aksk-signer.js';

/**
 * What a session hands the upstream clients as its "token": an IAM token (a user's, or a
 * service account's), or — for a portal project whose service account is an AK/SK pair — a
 * reference `aksk:<project>` into the BFF's key ring, so the request is signed instead. A reference
 * is not a secret (the keys never leave the ring) and cannot be mistaken for an IAM token (those
 * are base64: no `:`).
 */
export const keyRef = (project: string) => `aksk:${project}`;

/** The service accounts' access keys by reference (read from the environment at start). */
export type KeyRing = ReadonlyMap<string, AccessKeyPair>;

export interface CallToAuthorize {
  method: string;
  /** The full upstream URL, query included. */
  url: URL;
  /** The headers to send, without credentials. */
  headers: Readonly<Record<string, string>>;
  /** The exact body, if it is known before sending. */
  body?: string;
  /** The body is streamed as it arrives: signed as UNSIGNED-PAYLOAD. */
  streamed?: boolean;
}

const UNSIGNED = { 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' };

/**
 * The headers that send `call` with `credential`: the call's own plus `X-Auth-Token`, or, for a
 * key reference in `keys`, signed with SDK-HMAC-SHA256 (a fresh `X-Sdk-Date` each time, so a retry
 * is signed anew).
 */
export function authorizedHeaders(
  credential: string,
  call: CallToAuthorize,
  keys?: KeyRing,
): Record<string, string> {
  const key = keys?.get(credential);
  if (!key) return { ...call.headers, [AUTH_TOKEN_HEADER.toLowerCase()]: credential };
  return signAkSk(
    {
      method: call.method,
      url: call.url,
      headers: call.streamed ? { ...call.headers, ...UNSIGNED } : call.headers,
      ...(call.body !== undefined && !call.streamed ? { body: call.body } : {}),
    },
    key,
  );
}
