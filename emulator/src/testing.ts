import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNT } from './demo-account.js';
import { obsToLocal } from './paths.js';

const SRC_DIR = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = path.resolve(SRC_DIR, '..');
const MAIN = path.join(SRC_DIR, 'main.ts');

export interface SpawnedEmulator {
  url: string;
  port: number;
  /** The OBS-compatible object service (path-style `obsUrl/bucket/key`, AK/SK-signed). */
  obsUrl: string;
  obsPort: number;
  /** The address it listens on, as its server reports it (127.0.0.1 unless EMULATOR_HOST says otherwise). */
  host: string;
  dataDir: string;
  projectId: string;
  stop(): Promise<void>;
  /** Kills the process with SIGKILL, as a crash would (its jobs' processes live on); keeps dataDir. */
  crash(): Promise<void>;
  /** True while the process has not exited. */
  running(): boolean;
}

export interface SpawnEmulatorOptions {
  port?: number;
  /** The OBS service's port (default 0: the OS picks). */
  obsPort?: number;
  /** Data folder to use; by default a fresh temp folder that stop() removes again. */
  dataDir?: string;
  env?: Record<string, string>;
}

/**
 * Runs the emulator as a separate real process from its sources (`node --conditions=@console/source
 * --import tsx src/main.ts`, so no build is needed) with the test control surface on, and resolves
 * once it prints `EMULATOR_LISTENING port=<n> host=<address>`.
 */
export async function spawnEmulator(opts: SpawnEmulatorOptions = {}): Promise<SpawnedEmulator> {
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-'));
  const child = spawn(process.execPath, ['--conditions=@console/source', '--import', 'tsx', MAIN], {
    cwd: PACKAGE_DIR,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      EMULATOR_CONTROL: '1',
      ...opts.env,
      EMULATOR_PORT: String(opts.port ?? 0),
      EMULATOR_OBS_PORT: String(opts.obsPort ?? 0),
      EMULATOR_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  type Ready = { port: number; host: string; obsPort: number };
  const { port, host, obsPort } = await new Promise<Ready>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('emulator did not start within 30 s')), 30_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n${stderr}`));
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = out.match(/EMULATOR_LISTENING port=(\d+) host=(\S+)\n/);
      if (m) {
        const obs = out.match(/EMULATOR_OBS_LISTENING port=(\d+) /);
        clearTimeout(timer);
        out = '';
        resolve({ port: Number(m[1]), host: m[2]!, obsPort: Number(obs?.[1] ?? 0) });
      } else if (out.length > 100_000) out = out.slice(-1000);
    });
    child.once('exit', (code) =>
      fail(new Error(`emulator exited with code ${code} before listening`)),
    );
  });

  const origin = (p: number) => `http://${host.includes(':') ? `[${host}]` : host}:${p}`;
  return {
    url: origin(port),
    port,
    obsUrl: origin(obsPort),
    obsPort,
    host,
    dataDir,
    projectId: DEMO_ACCOUNT.projectId,
    running: () => child.exitCode === null && child.signalCode === null,
    async crash() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Writes a file into the emulator's object store (`/bucket/a/b` or `obs://bucket/a/b`). */
export function writeObsFile(dataDir: string, obsPath: string, content: string | Buffer): string {
  const local = obsToLocal(path.join(path.resolve(dataDir), 'obs'), obsPath);
  fs.mkdirSync(path.dirname(local), { recursive: true });
  fs.writeFileSync(local, content);
  return local;
}

/** An IAM token of the demo user for the demo project, from a running emulator. */
export async function demoToken(emulatorUrl: string): Promise<string> {
  const res = await fetch(`${emulatorUrl}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: {
            user: {
              name: DEMO_ACCOUNT.username,
              password: DEMO_ACCOUNT.password,
              domain: { name: DEMO_ACCOUNT.domain },
            },
          },
        },
        scope: { project: { name: DEMO_ACCOUNT.project } },
      },
    }),
  });
  const token = res.headers.get('x-subject-token');
  if (!token) throw new Error(`IAM sign-in failed: ${res.status}`);
  return token;
}
