import { spawn } from 'node:child_process';

export interface WrkResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx/3xx answers plus socket errors (connect, read, write, timeout). */
  errors: number;
  non2xx: number;
  socketErrors: number;
}

export interface WrkOptions {
  url: string;
  connections: number;
  durationS: number;
  threads?: number;
  headers?: Record<string, string>;
}

/** `12.34ms`, `1.20s`, `830.00us` → milliseconds. */
export function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!m) throw new Error(`unreadable wrk duration: ${value}`);
  const n = Number(m[1]);
  const unit = m[2];
  if (unit === 'us') return n / 1000;
  if (unit === 'ms') return n;
  if (unit === 's') return n * 1000;
  return n * 60_000;
}

/** Reads wrk's `--latency` report. */
export function parseWrk(out: string): WrkResult {
  const num = (re: RegExp) => {
    const m = re.exec(out);
    return m ? Number(m[1]) : 0;
  };
  const lat = (pct: string) => {
    const m = new RegExp(`^\\s+${pct}%\\s+(\\S+)`, 'm').exec(out);
    if (!m) throw new Error(`wrk printed no ${pct}% latency:\n${out}`);
    return toMs(m[1]!);
  };
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  const non2xx = num(/Non-2xx or 3xx responses: (\d+)/);
  return {
    requests: num(/(\d+) requests in/),
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: lat('50'),
    p99Ms: lat('99'),
    errors: non2xx + socketErrors,
    non2xx,
    socketErrors,
  };
}

/** One wrk run (`wrk --latency`); resolves with its figures. */
export function runWrk(o: WrkOptions): Promise<WrkResult> {
  const args = [
    `-t${o.threads ?? 1}`,
    `-c${o.connections}`,
    `-d${o.durationS}s`,
    '--latency',
    '--timeout',
    '10s',
  ];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}: ${v}`);
  args.push(o.url);
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`wrk exited with ${code}:\n${out}`));
      else {
        try {
          resolve(parseWrk(out));
        } catch (err) {
          reject(err as Error);
        }
      }
    });
  });
}
