import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnEmulator } from '@console/emulator/testing';
import { createApp, type ConsoleApp } from '../app.js';
import { createIamClient } from '../clients/iam-client.js';
import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import type { DestinationStream } from 'pino';
import { resolveCredentials } from '../portal/portal-credentials.js';
import { parsePortalFile } from '../portal/portal-file.js';
import { Portal } from '../portal/portal-runtime.js';
import type { ServiceTokenOptions } from '../portal/service-token.js';
import { IDP_CLIENT, startIdp } from './oidc-idp.js';
import { testConfig } from './test-config.js';

/** The demo project of the emulator, and its documented demo access key (emulator README). */
export const PORTAL_PROJECT = { name: 'eu-de', id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4' };
export const DEMO_KEY = {
  ak: 'EMULATORDEMOAK000001',
  sk: 'emulator-demo-secret-key-0000000000000001',
};

export const portalFile = (credentials: string) => `projects:
  - name: ${PORTAL_PROJECT.name}
    id: ${PORTAL_PROJECT.id}
    credentials: ${credentials}
roles:
  - { group: ml-viewers, project: eu-de, role: viewer }
  - { group: ml-engineers, project: eu-de, role: operator }
  - { group: ml-admins, project: eu-de, role: admin }
`;

export const AKSK = '{ ak_env: TEAM_AK, sk_env: TEAM_SK }';
export const PASSWORD = '{ user_env: SA_USER, password_env: SA_PASSWORD, domain_env: SA_DOMAIN }';
export const PORTAL_ENV = {
  TEAM_AK: DEMO_KEY.ak,
  TEAM_SK: DEMO_KEY.sk,
  SA_USER: 'demo',
  SA_PASSWORD: 'demo',
  SA_DOMAIN: 'demo',
};

/**
 * The console in `oidc` mode against a real emulator process and a real OIDC provider, with the
 * portal file `file` (its credentials from PORTAL_ENV), listening on a loopback port.
 */
export interface PortalStackOptions {
  config?: Partial<Config>;
  /** Where the BFF logs (JSON lines), to search them. */
  logTo?: DestinationStream;
  tokenOptions?: ServiceTokenOptions;
  /** The emulator's environment (e.g. EMULATOR_USERS_FILE). */
  emulatorEnv?: Record<string, string>;
  /** The BFF's environment for the portal file's credential variables (default PORTAL_ENV). */
  credentialsEnv?: Record<string, string>;
  /**
   * Several replicas (createApp each, with its own Portal) behind the one origin; `balance` picks
   * the replica of each request (default: round robin). Give them `config.redis` to share state.
   */
  replicas?: number;
  balance?: (req: IncomingMessage, n: number) => number;
}

export async function startPortalStack(file: string, o: PortalStackOptions = {}) {
  const emulator = await spawnEmulator(o.emulatorEnv ? { env: o.emulatorEnv } : {});
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, s) => s.end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = await startIdp(base);
  const config = testConfig({
    iamEndpoint: emulator.url,
    modelartsEndpoint: emulator.url,
    obs: { endpoint: emulator.obsUrl, maxUploadBytes: 5 * 1024 ** 3 },
    publicOrigin: base,
    authMode: 'oidc',
    oidc: {
      issuer: idp.issuer,
      clientId: IDP_CLIENT.id,
      clientSecret: IDP_CLIENT.secret,
      groupsClaim: 'groups',
      scopes: 'openid profile groups',
    },
    portalConfigPath: 'inline',
    ...o.config,
  });
  const parsed = parsePortalFile(file);
  const logger = o.logTo ? createLogger(config.logLevel, o.logTo) : undefined;
  const apps: ConsoleApp[] = Array.from({ length: o.replicas ?? 1 }, () => {
    const portal = new Portal(
      parsed,
      resolveCredentials(parsed, o.credentialsEnv ?? PORTAL_ENV),
      createIamClient(emulator.url),
      o.tokenOptions,
    );
    return createApp({ config, portal, ...(logger ? { logger } : {}) });
  });
  const c = apps[0]!;
  let n = 0;
  /** Which replica served each request, in order (path without the query). */
  const served: { path: string; replica: number }[] = [];
  handler = (req, res) => {
    const i = (o.balance ?? ((_r, k) => k % apps.length))(req, n++);
    served.push({ path: (req.url ?? '').split('?')[0] ?? '', replica: i });
    apps[i]!.listener(req, res);
  };
  return {
    base,
    emulator,
    idp,
    app: c,
    apps,
    served,
    /** The emulator's record of received requests (IAM sign-ins among them). */
    async requests(): Promise<{ method: string; path: string }[]> {
      const r = await fetch(`${emulator.url}/__control/requests`);
      return ((await r.json()) as { requests: { method: string; path: string }[] }).requests;
    },
    async control(method: string, path: string): Promise<void> {
      await fetch(`${emulator.url}/__control/${path}`, { method });
    },
    async stop() {
      await Promise.all(apps.map((a) => a.dispose()));
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await idp.close();
      await emulator.stop();
    },
  };
}
