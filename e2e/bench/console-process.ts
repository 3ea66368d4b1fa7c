import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Writes `n` finished v1 and v2 jobs into an emulator data folder (emulator/bench/seed-cli.ts). */
export async function seedEmulator(dataDir: string, v1: number, v2: number): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@console/source',
      '--import',
      'tsx',
      'bench/seed-cli.ts',
      dataDir,
      `${v1}`,
      `${v2}`,
    ],
    { cwd: `${root}emulator`, stdio: 'inherit' },
  );
  const code = await exited(child);
  if (code !== 0) throw new Error(`seeding exited with ${code}`);
}

export interface ConsoleProcess {
  url: string;
  stop(): Promise<void>;
}

/** The built console (`scripts/start.mjs`: emulator + BFF) on `port` (emulator `port+1`, OBS `port+2`). */
export async function startConsole(o: {
  port: number;
  dataDir: string;
  /** More settings of the console (e.g. PRERENDER_BUDGET_MS). */
  env?: Record<string, string>;
}): Promise<ConsoleProcess> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    // its own process group: a bench that dies takes the emulator and the BFF with it
    detached: true,
    env: {
      ...process.env,
      PORT: String(o.port),
      EMULATOR_PORT: String(o.port + 1),
      EMULATOR_OBS_PORT: String(o.port + 2),
      EMULATOR_DATA_DIR: o.dataDir,
      EMULATOR_JOB_QUOTA: '1000000',
      LOG_LEVEL: 'warn',
      ...o.env,
    },
  });
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);
  const gone = exited(child);
  const url = `http://localhost:${o.port}`;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ModelArts Console is ready')) resolve();
    });
    void gone.then((code) => reject(new Error(`the console exited (${code}) before it was ready`)));
  });
  child.stdout!.resume();
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(kill, 10_000);
      await gone;
      clearTimeout(timer);
      process.off('exit', kill);
    },
  };
}
