import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltServer {
  port: number;
  /** The node arguments the server was started with (no loader, no condition). */
  args: string[];
  stop(): Promise<void>;
}

/**
 * Starts a package's compiled `dist/main.js` with plain node, as production does: no tsx, no
 * `--conditions`, and no NODE_OPTIONS inherited from the test runner. Resolves with the port it
 * prints on its `<NAME>_LISTENING port=N` line.
 */
export async function startBuilt(opts: {
  cwd: string;
  env: Record<string, string>;
  readyPattern: RegExp;
}): Promise<BuiltServer> {
  const args = ['dist/main.js'];
  if (!existsSync(join(opts.cwd, args[0]!))) throw new Error(`${opts.cwd}/dist/main.js is missing`);
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd,
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail('did not start within 30 s'), 30_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${opts.cwd}: ${why}\n${stderr}`));
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out = (out + d).slice(-10_000);
      const m = opts.readyPattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => fail(`exited with code ${code} before listening`));
  });
  return {
    port,
    args,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
