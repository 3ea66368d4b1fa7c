import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import request from 'supertest';
import { createApp, type AppDeps, type ConsoleApp } from '../app.js';
import type { IamClient } from '../clients/iam-client.js';

/** An IAM that signs anyone in with the token `tok-<username>` (fake-upstream route tests). */
export const fakeIam: IamClient = {
  issueToken: async (l) => ({
    token: `tok-${l.username}`,
    projectId: 'p1',
    projectName: l.project,
    user: l.username,
    domain: l.domain,
    expiresAt: Date.now() + 60_000,
  }),
};

export interface ListeningApp {
  c: ConsoleApp;
  base: string;
  /** Signs in and returns the session cookie (`mac_sid=…`). */
  login(username?: string): Promise<string>;
  stop(): Promise<void>;
}

/** The BFF on a random port with `fakeIam` (unless given), for tests that need a real socket (SSE). */
export async function listeningApp(
  deps: Omit<AppDeps, 'iam'> & { iam?: IamClient },
): Promise<ListeningApp> {
  const c = createApp({ iam: fakeIam, ...deps });
  const server: Server = await new Promise((r) => {
    const s = createServer(c.listener).listen(0, '127.0.0.1', () => r(s));
  });
  return {
    c,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async login(username = 'u') {
      const res = await request(c.app)
        .post('/api/session')
        .set('X-Requested-With', 'modelarts-console')
        .send({ domain: 'd', username, password: 'p', project: 'eu-de' });
      return String(res.headers['set-cookie']?.[0]).split(';')[0] ?? '';
    },
    async stop() {
      await c.dispose();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
