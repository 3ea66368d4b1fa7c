// Starts a workspace server as a child process and resolves once it prints its "<NAME>_LISTENING port=N" line.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export function startServer({ name, cwd, entry, env, readyPattern, echo = true }) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
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
