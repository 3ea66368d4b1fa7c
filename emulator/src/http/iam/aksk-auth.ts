import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import {
  CONTENT_SHA256_HEADER,
  EMPTY_BODY_SHA256,
  SDK_DATE_HEADER,
  canonicalRequest,
  parseAuthorization,
  sdkDateMs,
  stringToSign,
} from '@console/shared';
import { V1Error } from '../../domain/v1/errors.js';
import type { UsersFile } from '../../domain/iam/users.js';
import type { TokenRecord } from '../../store/types.js';

/** The emulator's access key pair, bound to the first user of the first domain (the demo user). */
export interface AccessKey {
  ak: string;
  sk: string;
}

/** Documented defaults (emulator README); EMULATOR_AK / EMULATOR_SK replace them. */
export const DEMO_ACCESS_KEY: AccessKey = {
  ak: 'EMULATORDEMOAK000001',
  sk: 'emulator-demo-secret-key-0000000000000001',
};

/** How far `X-Sdk-Date` may be from the emulator's clock (API Gateway allows 15 minutes). */
export const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/** Error codes of the error-code page (§ appendix): the page wins over the catalog's table. */
const AKSK_ERRORS = {
  format: () =>
    new V1Error(401, 'ModelArts.0206', 'Incorrect authorization request header format.'),
  unknownKey: () => new V1Error(403, 'ModelArts.0206', 'Invalid AK/SK.'),
  check: () =>
    new V1Error(401, 'ModelArts.0208', 'Failed to check the authorization request header.'),
  project: () =>
    new V1Error(
      403,
      'ModelArts.0210',
      'The project id in the request URL does not match the token.',
    ),
};

/** Set by the JSON body parser: the exact bytes that were signed. */
export interface RawBodyRequest {
  rawBody?: Buffer;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function queryPairs(search: string): [string, string][] {
  return [...new URLSearchParams(search)].map(([k, v]) => [k, v]);
}

function payloadHash(req: Request): string {
  const declared = req.get(CONTENT_SHA256_HEADER);
  if (declared) return declared;
  const raw = (req as Request & RawBodyRequest).rawBody;
  return raw && raw.length > 0 ? sha256(raw) : EMPTY_BODY_SHA256;
}

/**
 * Checks an `SDK-HMAC-SHA256` request the way API Gateway does: the canonical request rebuilt
 * from what arrived (path, query, the signed headers, the body's hash), `X-Sdk-Date` within 15
 * minutes, the signature compared in constant time. Returns the caller's identity as a token
 * record scoped to `X-Project-Id` (which must be the path's project), or throws the documented
 * error.
 */
export function verifyAkSk(
  req: Request<{ project_id: string }>,
  key: AccessKey,
  users: UsersFile,
  now = Date.now(),
): TokenRecord {
  const auth = parseAuthorization(req.get('authorization') ?? '');
  if (!auth) throw AKSK_ERRORS.format();
  if (auth.access !== key.ak) throw AKSK_ERRORS.unknownKey();
  const date = req.get(SDK_DATE_HEADER) ?? '';
  const at = sdkDateMs(date);
  if (at === undefined || Math.abs(now - at) > MAX_CLOCK_SKEW_MS) throw AKSK_ERRORS.check();
  if (!auth.signedHeaders.includes('host') || !auth.signedHeaders.includes(SDK_DATE_HEADER))
    throw AKSK_ERRORS.check();

  const [path = '', search = ''] = req.originalUrl.split('?', 2);
  const headers = Object.fromEntries(auth.signedHeaders.map((n) => [n, req.get(n) ?? '']));
  const canonical = canonicalRequest({
    method: req.method,
    path: path.split('/').map(safeDecode),
    query: queryPairs(search),
    headers,
    signed: auth.signedHeaders,
    payloadHash: payloadHash(req),
  });
  const expected = createHmac('sha256', key.sk)
    .update(stringToSign(date, sha256(canonical)))
    .digest();
  const given = Buffer.from(auth.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw AKSK_ERRORS.check();

  const domain = users.domains[0];
  const user = domain?.users[0];
  const projectId = req.get('x-project-id') ?? req.params.project_id;
  const project = domain?.projects.find((p) => p.id === projectId);
  if (!domain || !user || !project || projectId !== req.params.project_id)
    throw AKSK_ERRORS.project();
  return {
    hash: `aksk:${key.ak}`,
    user_name: user.name,
    user_id: user.id,
    domain_name: domain.name,
    domain_id: domain.id,
    project_id: project.id,
    project_name: project.name,
    issued_at: at,
    expires_at: at + MAX_CLOCK_SKEW_MS,
  };
}
