// Starts a workspace server as a child process and resolves once it prints its "<NAME>_LISTENING port=N" line.
// `built` (production, `pnpm start`, e2e) runs the compiled `dist/main.js` with plain node; `dev` runs
// `src/main.ts` through tsx with the "@console/source" condition, so workspace packages load from source.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ENTRY = {
  built: { file: 'dist/main.js', args: ['--enable-source-maps'] },
  dev: { file: 'src/main.ts', args: ['--conditions=@console/source', '--import', 'tsx'] },
};

/** The node arguments that start the package in `cwd`; throws when a built entry is missing. */
export function serverCommand(cwd, mode = 'built') {
  const entry = ENTRY[mode];
  if (!entry) throw new Error(`unknown mode "${mode}" (built or dev)`);
  if (mode === 'built' && !existsSync(join(cwd, entry.file))) {
    throw new Error(`${join(cwd, entry.file)} is missing: run \`pnpm build\` first`);
  }
  return [...entry.args, entry.file];
}

export function startServer({ name, cwd, mode = 'built', env, readyPattern, echo = true }) {
  const child = spawn(process.execPath, serverCommand(cwd, mode), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const ready = new Promise((resolve, reject) => {
    const onLine = (line) => {
      if (echo) process.stdout.write(prefix + line + '\n');
      const m = readyPattern.exec(line);
      if (m) resolve(Number(m[1]));
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', (l) =>
      process.stderr.write(prefix + l + '\n'),
    );
    child.once('exit', (code) =>
      reject(new Error(`${name} exited with code ${code} before it was ready`)),
    );
  });
  return { child, ready };
}

export function stopAll(children) {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
