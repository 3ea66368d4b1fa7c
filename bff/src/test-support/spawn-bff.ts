import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedBff {
  url: string;
  child: ChildProcess;
  /** The last 4,000 characters the process wrote to stderr. */
  stderr(): string;
  stop(): Promise<void>;
}

export interface SpawnBffOptions {
  /** Extra node flags before the entry file (e.g. `--expose-gc`, `--import <probe>`). */
  nodeArgs?: string[];
  /** Opens an IPC channel to the child (`child.send` / `process.send`). */
  ipc?: boolean;
  /**
   * `source` (default): `src/main.ts` through tsx; `built`: the compiled `dist/main.js` with plain
   * node and no NODE_OPTIONS inherited, as production runs it (`pnpm build` first).
   */
  entry?: 'source' | 'built';
}

/** Starts the BFF as its own process (as `pnpm start` does) with the given environment. */
export async function spawnBff(
  env: Record<string, string>,
  opts: SpawnBffOptions = {},
): Promise<SpawnedBff> {
  const built = opts.entry === 'built';
  if (built && !existsSync(resolve(PACKAGE_DIR, 'dist/main.js'))) {
    throw new Error(`${resolve(PACKAGE_DIR, 'dist/main.js')} is missing: run \`pnpm build\` first`);
  }
  const args = built
    ? ['--enable-source-maps', ...(opts.nodeArgs ?? []), 'dist/main.js']
    : ['--conditions=@console/source', '--import', 'tsx', ...(opts.nodeArgs ?? []), 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: PACKAGE_DIR,
    env: {
      ...process.env,
      ...(built ? { NODE_OPTIONS: '' } : {}),
      LOG_LEVEL: 'warn',
      PORT: '0',
      ...env,
    },
    stdio: opts.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  if (!child.stdout || !child.stderr) throw new Error('spawned without pipes');
  const { stdout, stderr: errors } = child;
  let stderr = '';
  errors.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const port = await new Promise<number>((resolvePort, reject) => {
    let out = '';
    const timer = setTimeout(() => fail('did not start within 30 s'), 30_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`bff ${why}\n${stderr}`));
    };
    stdout.setEncoding('utf8').on('data', (d: string) => {
      out = (out + d).slice(-10_000);
      const m = out.match(/BFF_LISTENING port=(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    });
    child.once('exit', (code) => fail(`exited with code ${code} before listening`));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
