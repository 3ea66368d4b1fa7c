import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxTempPaths, runNginx } from './nginx.js';

export interface BalancerOptions {
  /** The loopback port nginx listens on (plain http). */
  port: number;
  /** The replicas, e.g. `http://127.0.0.1:18383` (loopback http URLs, no path). */
  backends: readonly string[];
}

export interface Balancer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
}

function hostPort(backend: string): string {
  const u = new URL(backend);
  if (u.protocol !== 'http:' || (u.pathname !== '/' && u.pathname !== '') || !u.port) {
    throw new Error(`a backend must be http://host:port, got ${backend}`);
  }
  return u.host;
}

/**
 * The nginx configuration of a plain-http load balancer in front of `backends` (round robin):
 * - a connection refused, a timeout or a 502/503 sends the request to the next replica — but only
 *   requests nginx may repeat: it never passes a POST/PUT/DELETE on once it was sent (the default,
 *   no `non_idempotent`), so a create is never made twice;
 * - Server-Sent Events pass unbuffered and may stay open an hour (`proxy_read_timeout 1h`);
 * - the BFF sees the browser's Host (with its port), address and scheme (X-Forwarded-For/-Proto;
 *   run it with TRUST_PROXY=1).
 */
export function balancerConf(dir: string, opts: BalancerOptions): string {
  if (opts.backends.length === 0) throw new Error('a balancer needs at least one backend');
  const tmp = (name: string) => path.join(dir, name);
  // max_fails=0: a replica is never marked down. Marking it down (even for a second or two) makes
  // a rolling restart fail: the first replica, back already, is still marked down when the second
  // one stops, and nginx answers 502 with no live upstream. A refused loopback connect costs
  // nothing; the next replica is tried at once.
  const servers = opts.backends.map((b) => `    server ${hostPort(b)} max_fails=0;`).join('\n');
  return `
daemon off;
master_process off;
pid ${tmp('nginx.pid')};
error_log stderr notice;
worker_rlimit_nofile 8192;
events { worker_connections 4096; }
http {
  access_log off;
${nginxTempPaths(dir)}
  client_max_body_size 20m;
  upstream console_bff {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${opts.port};
    location / {
      proxy_pass http://console_bff;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries ${opts.backends.length};
      proxy_connect_timeout 2s;
      proxy_buffering off;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }
  }
}
`;
}

/**
 * Debian's nginx (`/usr/sbin/nginx -p DIR -c DIR/nginx.conf`, `daemon off; master_process off;`,
 * every temp path in DIR) as a plain-http load balancer on a loopback port in front of several
 * BFF replicas (see `balancerConf`). Fails, never skips, when nginx is missing
 * (`apt-get install -y nginx`; scripts/ensure-tools.sh does). `stop` removes DIR again.
 */
export async function startBalancer(opts: BalancerOptions): Promise<Balancer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-lb-'));
  let conf: string;
  try {
    conf = balancerConf(dir, opts);
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const nginx = await runNginx(dir, conf);
  return {
    url: `http://127.0.0.1:${opts.port}`,
    port: opts.port,
    pid: nginx.pid,
    stop: () => nginx.stop(),
  };
}
