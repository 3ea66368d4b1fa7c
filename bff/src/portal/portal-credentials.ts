import type { AccessKeyPair } from '../clients/aksk-signer.js';
import type { PortalFile } from './portal-schema.js';

/** A project's service-account credentials, read from the environment at start (never logged). */
export type ServiceCredentials = (
  | { kind: 'aksk'; projectName: string; projectId: string; key: AccessKeyPair }
  | { kind: 'password'; projectName: string; user: string; password: string; domain: string }
) & {
  /** The key OBS requests are signed with (`obs_credentials`, else an AK/SK `credentials`). */
  obsKey?: AccessKeyPair;
};

/** A credential the portal file names is missing from the environment. */
export class MissingCredentialError extends Error {
  constructor(readonly problems: string[]) {
    super(`Portal credentials missing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'MissingCredentialError';
  }
}

/**
 * The credentials of every project of the portal file, from the environment variables it names.
 * Throws MissingCredentialError naming every variable that is unset or empty (the BFF does not
 * start without them); the values themselves are never part of a message.
 */
export function resolveCredentials(
  file: PortalFile,
  env: Record<string, string | undefined>,
): Map<string, ServiceCredentials> {
  const problems: string[] = [];
  const read = (project: string, field: string, name: string): string => {
    const v = env[name];
    if (v === undefined || v === '')
      problems.push(`${project}: ${field} names ${name}, which is not set`);
    return v ?? '';
  };
  const out = new Map<string, ServiceCredentials>();
  for (const p of file.projects) {
    const c = p.credentials;
    const o = p.obs_credentials;
    const obsKey = o
      ? {
          ak: read(p.name, 'obs_credentials.ak_env', o.ak_env),
          sk: read(p.name, 'obs_credentials.sk_env', o.sk_env),
        }
      : undefined;
    if ('ak_env' in c) {
      const key = { ak: read(p.name, 'ak_env', c.ak_env), sk: read(p.name, 'sk_env', c.sk_env) };
      const projectId = p.id ?? '';
      out.set(p.name, { kind: 'aksk', projectName: p.name, projectId, key, obsKey: obsKey ?? key });
    } else {
      out.set(p.name, {
        ...(obsKey ? { obsKey } : {}),
        kind: 'password',
        projectName: p.name,
        user: read(p.name, 'user_env', c.user_env),
        password: read(p.name, 'password_env', c.password_env),
        domain: read(p.name, 'domain_env', c.domain_env),
      });
    }
  }
  if (problems.length > 0) throw new MissingCredentialError(problems);
  return out;
}
