import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A port the system has free right now (bound on loopback, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface NotifyStack {
  /** The console's address (also its PUBLIC_ORIGIN: the notifications' links start with it). */
  origin: string;
  stop(): Promise<void>;
}

/**
 * The built emulator and BFF (`scripts/start.mjs`, as the other e2e configs run them) on free
 * ports, with a data folder of their own and `env` added (e.g. NOTIFY_WEBHOOK_URL).
 */
export async function startNotifyStack(env: Record<string, string>): Promise<NotifyStack> {
  const [bff, emulator, obs] = [await freePort(), await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'modelarts-e2e-notify-'));
  const origin = `http://127.0.0.1:${bff}`;
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: {
      ...process.env,
      PORT: String(bff),
      EMULATOR_PORT: String(emulator),
      EMULATOR_OBS_PORT: String(obs),
      EMULATOR_DATA_DIR: dataDir,
      LOG_POLL_INTERVAL_MS: '500',
      LOG_LEVEL: 'warn',
      PUBLIC_ORIGIN: origin,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      process.stdout.write(`[notify stack] ${line}\n`);
      if (line.includes('ModelArts Console is ready at')) resolve();
    });
    void exited.then(([code]) =>
      reject(new Error(`the stack exited (${String(code)}) before it was ready`)),
    );
  });
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
