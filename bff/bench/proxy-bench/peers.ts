import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, NGINX, nginxTempPaths } from '../../src/test-support/nginx.js';

const BFF_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface Peer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** User + system CPU time a process has used so far (ms), from /proc. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime field 15, in clock ticks (100 Hz)
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** System (kernel) CPU time a process has used so far (ms), from /proc. */
export function sysCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[12]) * 10;
}

/** Read and write system calls a process has made so far (all its threads), from /proc. */
export function ioCalls(pid: number): { reads: number; writes: number } {
  const io = fs.readFileSync(`/proc/${pid}/io`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(io)?.[1] ?? NaN);
  return { reads: field('syscr'), writes: field('syscw') };
}

/** Kills what the bench started if it ends without stopping it (a crash, a closed stdout). */
function killOnExit(child: ChildProcess): void {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
}

function stopper(child: ChildProcess, signal: NodeJS.Signals, after?: () => void) {
  killOnExit(child);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    after?.();
  };
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what} did not answer within 30 s`);
}

/** Debian's nginx, one process, plain-http `proxy_pass` with a keep-alive pool to `upstreamPort`. */
export async function startNginxProxy(upstreamPort: number): Promise<Peer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  const port = await freePort();
  const tmp = (name: string) => path.join(dir, name);
  fs.writeFileSync(
    tmp('nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${tmp('nginx.pid')};
error_log ${tmp('error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
${nginxTempPaths(dir)}
  upstream modelarts {
    server 127.0.0.1:${upstreamPort};
    keepalive 128;
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port} backlog=4096;
    keepalive_requests 100000;
    location / {
      proxy_pass http://modelarts;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', tmp('nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/__nginx_up`, child, 'nginx');
  return {
    url,
    pid: child.pid!,
    stop: stopper(child, 'SIGQUIT', () => fs.rmSync(dir, { recursive: true, force: true })),
  };
}

export interface BffOptions {
  env: Record<string, string>;
  /** The BFF package folder to run (default: this one); e.g. an export of an older commit. */
  dir?: string;
  /** Writes a V8 CPU profile into this folder when the process exits. */
  cpuProfDir?: string;
}

/**
 * How the BFF runs: `dist` (default) as production runs it (`node dist/main.js`, compiled by tsc:
 * `buildBff` first), or `tsx` (`src/main.ts` as spawn-bff.ts and `pnpm dev` start it: every closure
 * made per request also gets esbuild's `__name` call, a cost production does not pay).
 */
export const BFF_RUN = process.env.BENCH_BFF_RUN === 'tsx' ? 'tsx' : 'dist';

/** Compiles `shared` and the BFF of the package folder `dir` (for BFF_RUN=dist). */
export function buildBff(dir = BFF_DIR): void {
  for (const pkg of ['../shared', '.']) {
    execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], {
      cwd: path.join(dir, pkg),
      stdio: 'inherit',
    });
  }
}

/** The BFF (see BFF_RUN), its log lines going to a file (as a container's would). */
export async function startBffProcess(o: BffOptions): Promise<Peer & { logFile: string }> {
  const port = await freePort();
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bff-')), 'bff.log');
  const out = fs.openSync(logFile, 'w');
  const prof = o.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfDir}`] : [];
  const child = spawn(
    process.execPath,
    BFF_RUN === 'tsx'
      ? ['--conditions=@console/source', '--import', 'tsx', ...prof, 'src/main.ts']
      : [...prof, 'dist/main.js'],
    {
      cwd: o.dir ?? BFF_DIR,
      env: { ...process.env, LOG_LEVEL: 'info', ...o.env, PORT: String(port) },
      stdio: ['ignore', out, 'inherit'],
    },
  );
  fs.closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, 'bff');
  return { url, pid: child.pid!, logFile, stop: stopper(child, 'SIGTERM') };
}

/**
 * A fixed fast upstream in this (otherwise idle) process: answers every request with `body`, as
 * the emulator answered it once. Used when the emulator itself would limit the figures.
 */
export async function startFixedUpstream(
  body: string,
): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
  let connections = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** The bare Node proxy (bare-proxy.ts) in front of `upstream`, answering `/api/v1/<rel>`. */
export async function startBareProxy(o: {
  upstream: string;
  token: string;
  prefix: string;
}): Promise<Peer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(BFF_DIR, 'bench/proxy-bench/bare-proxy.ts')],
    {
      cwd: BFF_DIR,
      env: {
        ...process.env,
        UPSTREAM: o.upstream,
        TOKEN: o.token,
        PREFIX: o.prefix,
        PORT: `${port}`,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/v1/`, child, 'bare proxy');
  return { url, pid: child.pid!, stop: stopper(child, 'SIGTERM') };
}
