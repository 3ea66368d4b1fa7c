import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedBff {
  url: string;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` as its own process (as `pnpm start` does) with the given environment. */
export async function spawnBff(env: Record<string, string>): Promise<SpawnedBff> {
  const child = spawn(
    process.execPath,
    ['--conditions=@console/source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: PACKAGE_DIR,
      env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const port = await new Promise<number>((resolvePort, reject) => {
    let out = '';
    const timer = setTimeout(() => fail('did not start within 30 s'), 30_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`bff ${why}\n${stderr}`));
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
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
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
