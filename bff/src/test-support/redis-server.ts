import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './nginx.js';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisServer {
  url: string;
  port: number;
  /** Its own folder (`--dir`); remove it after `stop()` when done. */
  dir: string;
  /** Stops the process (its port stays reserved for `start`); nothing is persisted. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: `--save ''`, no AOF), e.g. after an outage. */
  start(): Promise<void>;
  /** SIGKILL, for a crash. */
  kill(): Promise<void>;
}

async function launch(port: number, dir: string): Promise<ChildProcess> {
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--protected-mode',
    'yes',
  ];
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start within 10 s'), 10_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`redis-server ${why}\n${out}`));
    };
    const read = (d: string) => {
      out = (out + d).slice(-4000);
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.setEncoding('utf8').on('data', read);
    child.stderr?.setEncoding('utf8').on('data', read);
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
  child.removeAllListeners('exit');
  return child;
}

function ended(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const done = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill(signal);
  return done;
}

/**
 * Debian's redis-server on a loopback port of its own with its own folder, nothing persisted.
 * Fails (never skips) when it is not installed: `apt-get install -y redis-server`
 * (scripts/ensure-tools.sh does).
 */
export async function startRedis(port?: number): Promise<RedisServer> {
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} is missing: apt-get install -y redis-server`);
  }
  const p = port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redis-'));
  let child: ChildProcess | undefined = await launch(p, dir);
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    dir,
    async stop() {
      await ended(child, 'SIGTERM');
      child = undefined;
    },
    async start() {
      if (child) return;
      child = await launch(p, dir);
    },
    async kill() {
      await ended(child, 'SIGKILL');
      child = undefined;
    },
  };
}
