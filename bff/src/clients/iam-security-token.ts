import { AUTH_TOKEN_HEADER } from '@console/shared';
import { z } from 'zod';
import { UnauthenticatedError, UpstreamUnreachableError } from '../errors.js';
import type { ObsKeys } from './obs-signer.js';

/** Temporary OBS keys and when they stop working (epoch ms). */
export interface TemporaryKeys extends ObsKeys {
  securityToken: string;
  expiresAt: number;
}

const AnswerSchema = z.object({
  credential: z.object({
    access: z.string().min(1),
    secret: z.string().min(1),
    securitytoken: z.string().min(1),
    expires_at: z.string(),
  }),
});

/**
 * IAM "Obtaining a Temporary Access Key and Security Token Through a Token"
 * (`POST /v3.0/OS-CREDENTIAL/securitytokens`, token method) with the user's IAM token: temporary
 * AK/SK + security token for OBS. A 401/403 means the user's token no longer works (401 to the
 * browser: sign in again); nothing of the answer or the token is ever part of an error.
 */
export function createSecurityTokenClient(
  endpoint: string,
  durationSeconds = 3600,
  timeoutMs = 10_000,
) {
  return async (userToken: string): Promise<TemporaryKeys> => {
    let res: Response;
    try {
      res = await fetch(`${endpoint}/v3.0/OS-CREDENTIAL/securitytokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [AUTH_TOKEN_HEADER]: userToken },
        body: JSON.stringify({
          auth: { identity: { methods: ['token'], token: { duration_seconds: durationSeconds } } },
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new UpstreamUnreachableError('Identity service (IAM) is unreachable (OBS access keys)');
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (res.status === 401 || res.status === 403) {
      throw new UnauthenticatedError(
        'IAM refused to issue OBS access keys for this session; sign in again',
      );
    }
    const parsed = AnswerSchema.safeParse(body);
    const expiresAt = parsed.success ? Date.parse(parsed.data.credential.expires_at) : Number.NaN;
    if (!res.ok || !parsed.success || Number.isNaN(expiresAt)) {
      throw new UpstreamUnreachableError(
        `Identity service (IAM) answered unexpectedly for OBS access keys (HTTP ${res.status})`,
      );
    }
    const c = parsed.data.credential;
    return { ak: c.access, sk: c.secret, securityToken: c.securitytoken, expiresAt };
  };
}

export type SecurityTokenClient = ReturnType<typeof createSecurityTokenClient>;
