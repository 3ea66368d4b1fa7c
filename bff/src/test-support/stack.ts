import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { spawnEmulator } from '@console/emulator/testing';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { createApp, type AppDeps, type ConsoleApp } from '../app.js';
import type { Config } from '../config.js';
import { testConfig } from './test-config.js';

export const DEMO = { domain: 'demo', username: 'demo', password: 'demo', project: 'eu-de' };
export const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

export interface ControlRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  at: string | number;
}

/** A real emulator process + the BFF (createApp) listening on a random port. */
export async function startStack(
  logPollIntervalMs = 100,
  overrides: Partial<Config> = {},
  deps: Omit<Partial<AppDeps>, 'config'> = {},
) {
  const emulator = await spawnEmulator();
  const c: ConsoleApp = createApp({
    ...deps,
    config: testConfig({
      iamEndpoint: emulator.url,
      modelartsEndpoint: emulator.url,
      obs: { endpoint: emulator.obsUrl, maxUploadBytes: 5 * 1024 ** 3 },
      logPollIntervalMs,
      heartbeatMs: 1000,
      ...overrides,
    }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = createServer(c.listener).listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${emulator.url}/__control/${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return (res.status === 204 ? undefined : await res.json()) as T;
  };

  return {
    emulator,
    app: c,
    base,
    async login(): Promise<string> {
      const res = await fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify(DEMO),
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    requests: async () =>
      (await control<{ requests: ControlRequest[] }>('GET', 'requests')).requests,
    clearRequests: () => control<void>('DELETE', 'requests'),
    /** Sets the emulator's faults (`latency_ms`, `fail`, `drop`, `reset_after`), replacing any. */
    faults: async (faults: Record<string, unknown>) => {
      const r = await control<{ ok?: boolean; error?: string }>('POST', 'faults', faults);
      if (!r.ok) throw new Error(`faults refused: ${r.error}`);
    },
    clearFaults: () => control<void>('DELETE', 'faults'),
    expireTokens: () => control<void>('POST', 'tokens/expire'),
    tokens: async () =>
      (await control<{ tokens: { token: string }[] }>('GET', 'tokens')).tokens.map((t) => t.token),
    async stop() {
      await c.dispose();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await emulator.stop();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
