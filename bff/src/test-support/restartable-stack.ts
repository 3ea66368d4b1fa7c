import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { createApp } from '../app.js';
import type { Config } from '../config.js';
import { CSRF, DEMO, type ControlRequest } from './stack.js';
import { testConfig } from './test-config.js';

export interface RestartableStackOptions {
  logPollIntervalMs?: number;
  /** More BFF config (limits). */
  config?: Partial<Config>;
  /** More emulator environment (e.g. EMULATOR_USERS_FILE). */
  emulatorEnv?: Record<string, string>;
}

/**
 * A real emulator process that can be stopped and started again on the same port and data folder
 * (a real upstream outage), and the BFF (createApp) pointing at it.
 */
export async function startRestartableStack(o: RestartableStackOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bff-outage-'));
  const env = o.emulatorEnv ?? {};
  let emulator: SpawnedEmulator | undefined = await spawnEmulator({ dataDir, env });
  const { url, port, projectId } = emulator;
  const app = createApp({
    config: testConfig({
      iamEndpoint: url,
      modelartsEndpoint: url,
      logPollIntervalMs: o.logPollIntervalMs ?? 100,
      heartbeatMs: 1000,
      ...o.config,
    }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = createServer(app.listener).listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    app,
    base,
    dataDir,
    projectId,
    /** The emulator's `/__control/…` (JSON in and out). */
    async control<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${url}/__control/${path}`, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async requests(): Promise<ControlRequest[]> {
      return (await this.control<{ requests: ControlRequest[] }>('GET', 'requests')).requests;
    },
    /** Signs in (the demo account unless told otherwise); returns the session cookie. */
    async login(who: { domain: string; username: string; password: string } = DEMO) {
      const res = await fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify({ ...DEMO, ...who }),
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    /** Stops the emulator process (SIGTERM); its port and data folder stay. */
    async stopEmulator(): Promise<void> {
      await emulator?.stop();
      emulator = undefined;
    },
    /** Starts it again on the same port and data folder. */
    async startEmulator(): Promise<void> {
      emulator = await spawnEmulator({ dataDir, port, env });
    },
    async stop(): Promise<void> {
      await app.dispose();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await emulator?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type RestartableStack = Awaited<ReturnType<typeof startRestartableStack>>;
