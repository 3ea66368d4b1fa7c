import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TEST_CA_FILE, TLS_DIR } from './tls-terminator.js';

export const NGINX = '/usr/sbin/nginx';

/** A port the OS picked (free a moment ago; nginx cannot listen on 0 and tell us the port). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** nginx's temp folders (inside `dir`: nothing outside the test's own folder), an `http {}` block's lines. */
export function nginxTempPaths(dir: string): string {
  return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${path.join(dir, name === 'client_body' ? 'body' : name)};`)
    .join('\n');
}

function conf(dir: string, port: number, backend: string, host: string): string {
  const tmp = (name: string) => path.join(dir, name);
  return `
daemon off;
master_process off;
pid ${tmp('nginx.pid')};
error_log stderr notice;
events { worker_connections 256; }
http {
  access_log off;
${nginxTempPaths(dir)}
  client_max_body_size 20m;
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${TEST_CA_FILE};
    ssl_certificate_key ${path.join(TLS_DIR, 'test-upstream.key')};
    location / {
      proxy_pass ${backend};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host ${host};
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
    }
  }
}
`;
}

export interface Nginx {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A running nginx (`daemon off; master_process off;`) over its own prefix folder `dir`. */
export interface NginxProcess {
  pid: number | undefined;
  /** SIGQUIT (graceful), waits for the exit, removes `dir`. */
  stop(): Promise<void>;
}

/**
 * Writes `conf` to `dir/nginx.conf` and runs Debian's nginx on it (`-p dir`), resolving once its
 * listening sockets are open. Fails clearly when nginx is missing or refuses the configuration
 * (`dir` is removed then, as by `stop`).
 */
export async function runNginx(dir: string, conf: string): Promise<NginxProcess> {
  if (!fs.existsSync(NGINX)) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${NGINX} is missing: apt-get install -y nginx`);
  }
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start within 10 s'), 10_000);
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
      reject(new Error(`nginx ${why}\n${stderr}`));
    };
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr = (stderr + d).slice(-4000);
      if (/\[emerg\]/.test(stderr)) fail('refused its configuration');
      // ngx_os_status logs this after the listening sockets are open (before the event loop runs).
      else if (!settled && /getrlimit\(RLIMIT_NOFILE\)|start worker process/.test(stderr)) {
        settled = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
  return {
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's nginx as a TLS-terminating reverse proxy on a loopback port in front of `backend`,
 * rewriting Host to `host` (as a load balancer in front of an internal name does). Fails (never
 * skips) when nginx is not installed: `apt-get install nginx` (scripts/ensure-tools.sh does).
 */
export async function startNginx(opts: {
  backend: string;
  port: number;
  host: string;
}): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  const nginx = await runNginx(dir, conf(dir, opts.port, opts.backend, opts.host));
  return { url: `https://127.0.0.1:${opts.port}`, port: opts.port, stop: () => nginx.stop() };
}
