import type { IamClient } from '../clients/iam-client.js';
import { keyRef, type KeyRing } from '../clients/upstream-auth.js';
import type { AccessKeyPair } from '../clients/aksk-signer.js';
import type { ServiceCredentials } from './portal-credentials.js';
import type { PortalFile } from './portal-schema.js';
import { ServiceToken, type ServiceTokenOptions } from './service-token.js';

/** What the upstream clients get for a portal project: a credential and the project id. */
export interface ProjectCredential {
  credential: string;
  projectId: string;
}

/**
 * The team portal at run time: the file, and each project's service account — an AK/SK pair in
 * the key ring (requests signed), or an IAM password behind a single-flight token cache.
 */
export class Portal {
  readonly keys: KeyRing;
  private readonly tokens = new Map<string, ServiceToken>();
  private readonly projectIds = new Map<string, string>();
  private readonly obsKeys = new Map<string, AccessKeyPair>();

  constructor(
    readonly file: PortalFile,
    credentials: ReadonlyMap<string, ServiceCredentials>,
    iam: IamClient,
    tokenOptions: ServiceTokenOptions = {},
  ) {
    const keys = new Map<string, AccessKeyPair>();
    for (const c of credentials.values()) {
      if (c.obsKey) this.obsKeys.set(c.projectName, c.obsKey);
      if (c.kind === 'aksk') {
        keys.set(keyRef(c.projectName), c.key);
        this.projectIds.set(c.projectName, c.projectId);
      } else {
        this.tokens.set(c.projectName, new ServiceToken(iam, c, tokenOptions));
      }
    }
    this.keys = keys;
  }

  get projectNames(): string[] {
    return this.file.projects.map((p) => p.name);
  }

  /** The credential for `project`, signing in (once for all callers) when needed. */
  async credentialFor(project: string): Promise<ProjectCredential> {
    const st = this.tokens.get(project);
    if (!st) return this.keyCredential(project);
    const t = await st.get();
    this.projectIds.set(project, t.projectId);
    return { credential: t.token, projectId: t.projectId };
  }

  /** The credential known right now (for pollers between requests); undefined before sign-in. */
  peekCredential(project: string): ProjectCredential | undefined {
    const st = this.tokens.get(project);
    if (!st) return this.keys.has(keyRef(project)) ? this.keyCredential(project) : undefined;
    const t = st.peek();
    return t ? { credential: t.token, projectId: t.projectId } : undefined;
  }

  /** The service account's OBS key for `project` (undefined: the portal file gives none). */
  obsKey(project: string): AccessKeyPair | undefined {
    return this.obsKeys.get(project);
  }

  /** The upstream refused `credential` (a 401): a service token is dropped and issued anew. */
  rejected(project: string, credential: string): void {
    this.tokens.get(project)?.rejected(credential);
  }

  private keyCredential(project: string): ProjectCredential {
    const projectId = this.projectIds.get(project);
    if (projectId === undefined) throw new Error(`the portal serves no project ${project}`);
    return { credential: keyRef(project), projectId };
  }
}
