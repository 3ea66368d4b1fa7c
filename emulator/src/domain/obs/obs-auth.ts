import { timingSafeEqual } from 'node:crypto';
import type { TemporaryCredentials } from '../iam/temp-credentials.js';
import { ObsError } from './obs-errors.js';
import {
  HEADER_PREFIX,
  headerValue,
  parseObsAuthorization,
  requestTime,
  signature,
  stringToSign,
  type ObsScheme,
  type SignableRequest,
} from './obs-signature.js';

/** How far the request's date may be from the emulator's clock (OBS: 15 minutes). */
export const MAX_SKEW_MS = 15 * 60_000;

export interface ObsKeyRing {
  /** The emulator's permanent pair (EMULATOR_AK / EMULATOR_SK). */
  permanent: { ak: string; sk: string };
  /** Temporary credentials from IAM `POST /v3.0/OS-CREDENTIAL/securitytokens`. */
  temporary: TemporaryCredentials;
  now?: () => number;
}

export interface ObsCaller {
  ak: string;
  scheme: ObsScheme;
  temporary: boolean;
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks a request signed with `Authorization: OBS AK:sig` (or `AWS AK:sig`): the access key is
 * known (permanent, or temporary and unexpired with its security token in `x-obs-security-token`
 * / `x-amz-security-token`), the date within 15 minutes, the signature right. Anonymous requests
 * are refused (no bucket here is public). Throws the OBS error.
 */
export function verifyObsRequest(req: SignableRequest, keys: ObsKeyRing): ObsCaller {
  const authorization = headerValue(req.headers, 'authorization');
  if (!authorization) throw new ObsError('AccessDenied', 'Anonymous access is not allowed.');
  const auth = parseObsAuthorization(authorization);
  if (!auth) throw new ObsError('AccessDenied', 'The Authorization header is malformed.');

  const tokenHeader = `${HEADER_PREFIX[auth.scheme]}security-token`;
  const token = headerValue(req.headers, tokenHeader);
  let sk: string;
  let temporary = false;
  if (auth.ak === keys.permanent.ak) sk = keys.permanent.sk;
  else {
    const found = keys.temporary.lookup(auth.ak);
    if (!found.ok && found.reason === 'unknown')
      throw new ObsError('InvalidAccessKeyId', undefined, { AWSAccessKeyId: auth.ak });
    // OBS's tables have no code of a token's own: InvalidSecurity (403) is "invalid credentials"
    if (!found.ok)
      throw new ObsError(
        'InvalidSecurity',
        'The security token included in the request is expired.',
      );
    if (token === undefined || !equal(token, found.credential.securitytoken))
      throw new ObsError(
        'InvalidSecurity',
        'The security token included in the request is invalid.',
      );
    sk = found.credential.secret;
    temporary = true;
  }

  const now = (keys.now ?? Date.now)();
  const at = requestTime(req.headers, auth.scheme);
  if (at === undefined) throw new ObsError('AccessDenied', 'The request has no valid Date header.');
  if (Math.abs(now - at) > MAX_SKEW_MS)
    throw new ObsError('RequestTimeTooSkewed', undefined, {
      RequestTime: new Date(at).toUTCString(),
      ServerTime: new Date(now).toUTCString(),
      MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
    });

  // a bucket's resource is `/bucket/` on OBS's page and `/bucket` in its samples and the SDK: both do
  const paths = [req.rawPath];
  if (/^\/[^/]+\/?$/.test(req.rawPath))
    paths.push(req.rawPath.endsWith('/') ? req.rawPath.slice(0, -1) : `${req.rawPath}/`);
  const toSign = stringToSign(req, auth.scheme);
  const matches = paths.some((rawPath) =>
    equal(signature(sk, stringToSign({ ...req, rawPath }, auth.scheme)), auth.signature),
  );
  if (!matches)
    throw new ObsError('SignatureDoesNotMatch', undefined, {
      AWSAccessKeyId: auth.ak,
      StringToSign: toSign,
    });
  return { ak: auth.ak, scheme: auth.scheme, temporary };
}
