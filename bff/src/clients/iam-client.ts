import {
  AUTH_TOKEN_HEADER,
  IamErrorBodySchema,
  IamTokenResponseSchema,
  SUBJECT_TOKEN_HEADER,
  buildPasswordTokenRequest,
  type PasswordLogin,
} from '@console/shared';
import { BadCredentialsError, UpstreamUnreachableError } from '../errors.js';
import {
  statusErrorKind,
  thrownErrorKind,
  type UpstreamErrorSink,
} from '../metrics/upstream-error.js';

export interface IssuedToken {
  token: string;
  projectId: string;
  projectName: string;
  user: string;
  domain: string;
  expiresAt: number;
  /** `expires_at − issued_at` when IAM sent both: the lifetime, whatever IAM's clock says. */
  lifetimeMs?: number;
}

export interface IamClient {
  issueToken(login: PasswordLogin): Promise<IssuedToken>;
  /**
   * IAM `DELETE /v3/auth/tokens` for the token itself (IAM "Deleting a User Token"); throws
   * IamRevokeError when IAM does not answer 204. Optional so that test doubles may leave it out.
   */
  revokeToken?(token: string): Promise<void>;
}

/** A failed revocation: the status only (never the token). */
export class IamRevokeError extends Error {
  constructor(readonly status: number | undefined) {
    super(status === undefined ? 'IAM unreachable' : `IAM answered HTTP ${status}`);
    this.name = 'IamRevokeError';
  }
}

const UNREACHABLE = 'Identity service (IAM) is unreachable';

function iamMessage(body: unknown): string | undefined {
  const parsed = IamErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const b = parsed.data;
  if ('error_msg' in b && typeof b.error_msg === 'string') return b.error_msg;
  if ('error' in b && typeof b.error === 'object' && b.error !== null && 'message' in b.error) {
    return String(b.error.message);
  }
  return undefined;
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

/**
 * IAM `POST /v3/auth/tokens` with the password method and a project scope (catalog §1.1), and
 * `DELETE /v3/auth/tokens` to revoke a token at sign-out.
 */
export function createIamClient(
  endpoint: string,
  timeoutMs = 10_000,
  errors?: UpstreamErrorSink,
): IamClient {
  return {
    async issueToken(login) {
      let res: Response;
      try {
        res = await fetch(`${endpoint}/v3/auth/tokens`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(buildPasswordTokenRequest(login)),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        errors?.upstreamError('iam', thrownErrorKind(err));
        const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
        throw new UpstreamUnreachableError(timedOut ? `${UNREACHABLE} (timed out)` : UNREACHABLE);
      }
      const kind = statusErrorKind(res.status);
      if (kind) errors?.upstreamError('iam', kind);
      const body = await readJson(res);
      if (res.status >= 400 && res.status < 500) {
        const detail = iamMessage(body);
        const projectProblem = detail !== undefined && /project/i.test(detail);
        const head = projectProblem
          ? `Project "${login.project}" is unknown or not accessible to this user`
          : `The domain, username or password is wrong, or project "${login.project}" does not exist`;
        throw new BadCredentialsError(detail ? `${head} (IAM: ${detail})` : head);
      }
      const token = res.headers.get(SUBJECT_TOKEN_HEADER);
      const parsed = IamTokenResponseSchema.safeParse(body);
      if (!res.ok || !token || !parsed.success) {
        throw new UpstreamUnreachableError(
          `Identity service (IAM) answered unexpectedly (HTTP ${res.status})`,
        );
      }
      const t = parsed.data.token;
      const expiresAt = Date.parse(t.expires_at);
      const issuedAt = t.issued_at === undefined ? Number.NaN : Date.parse(t.issued_at);
      const lifetimeMs = expiresAt - issuedAt;
      return {
        token,
        projectId: t.project.id,
        projectName: t.project.name,
        user: t.user?.name ?? login.username,
        domain: t.user?.domain?.name ?? login.domain,
        expiresAt: Number.isNaN(expiresAt) ? Date.now() + 3_600_000 : expiresAt,
        ...(lifetimeMs > 0 ? { lifetimeMs } : {}),
      };
    },

    async revokeToken(token) {
      let res: Response;
      try {
        res = await fetch(`${endpoint}/v3/auth/tokens`, {
          method: 'DELETE',
          headers: { [AUTH_TOKEN_HEADER]: token, [SUBJECT_TOKEN_HEADER]: token },
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        errors?.upstreamError('iam', thrownErrorKind(err));
        throw new IamRevokeError(undefined);
      }
      await res.body?.cancel();
      const kind = statusErrorKind(res.status);
      if (kind) errors?.upstreamError('iam', kind);
      if (res.status !== 204) throw new IamRevokeError(res.status);
    },
  };
}
