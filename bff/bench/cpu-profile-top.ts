/**
 * The top costs of a V8 CPU profile (`node --cpu-prof`): self time by function and by where the
 * code comes from (a package, a BFF source folder, Node's internals, GC). Idle time is left out of
 * the shares.
 *
 *   node --import tsx bench/cpu-profile-top.ts <file.cpuprofile> [top=25] [skipS=0]
 *
 * `skipS` leaves out the first seconds (start-up: module loading and compilation).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Helpers of a package counted with it (compression's header and negotiation helpers, …). */
const PART_OF: Record<string, string> = {
  'on-headers': 'compression',
  negotiator: 'compression',
  compressible: 'compression',
  vary: 'compression',
  accepts: 'compression',
  parseurl: 'router',
  'path-to-regexp': 'router',
  'pino-std-serializers': 'pino',
  '@pinojs/redact': 'pino',
  'sonic-boom': 'pino',
};

/** Node's own code that writes to sockets or serializes HTTP messages. */
const NODE_HTTP_IO = /^node:(_http_outgoing|_http_server|net|internal\/stream_base_commons)/;

/**
 * Who a sample's time belongs to: walking from the running function towards the root, the first
 * frame of Node's HTTP/socket writing, of a package or of the console's sources (so the time of
 * `writev` under a package's wrapped `res.end` is Node's, not the package's).
 */
export function owner(frames: { url: string; functionName: string }[]): string {
  for (const { url } of frames) {
    if (NODE_HTTP_IO.test(url)) return 'node: http messages and socket writes';
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return PART_OF[pkg[1]!] ?? pkg[1]!;
    const src = /\/(bff|shared)\/src\/(.+)\.ts$/.exec(url);
    if (src) return `${src[1]}:${src[2]}`;
  }
  return 'node: other (http parser, timers, streams)';
}

/** Where a function's code lives: `pino-http`, `bff:routes`, `node:internal/streams`, `(gc)`… */
export function origin(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(bff|shared|emulator)\/src\/([^/]+)\//.exec(url);
  if (src) return `${src[1]}:${src[2]}`;
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  return url.replace(/^.*\//, '');
}

function main() {
  const [file, topArg, skipArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-top.ts <file.cpuprofile> [top]');
  const top = Number(topArg ?? 25);
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number) => {
    const frames: ProfileNode['callFrame'][] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      frames.push(byId.get(at)!.callFrame);
    }
    return frames;
  };
  const self = new Map<number, number>();
  const skipUs = Number(skipArg ?? 0) * 1e6;
  let at = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    at += dt;
    if (at >= skipUs) self.set(id, (self.get(id) ?? 0) + dt);
  });
  const fnTime = new Map<string, number>();
  const originTime = new Map<string, number>();
  const ownerTime = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
    fnTime.set(name, (fnTime.get(name) ?? 0) + us);
    const o = origin(url, functionName);
    originTime.set(o, (originTime.get(o) ?? 0) + us);
    const who = functionName.startsWith('(') ? functionName : owner(stack(id));
    ownerTime.set(who, (ownerTime.get(who) ?? 0) + us);
  }
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title} (share of ${(busy / 1e6).toFixed(2)} s busy)`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * us) / busy).toFixed(1).padStart(5)} %  ${k}`);
    }
  };
  print('self time by owner (the first package or console source up the stack)', ownerTime);
  print('self time by origin', originTime);
  print('self time by function', fnTime);
}

main();
