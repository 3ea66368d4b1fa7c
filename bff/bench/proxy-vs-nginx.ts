/**
 * Benchmark: proxied GETs per second through the BFF against Debian's nginx `proxy_pass` in front
 * of the same upstream, side by side in one run (wrk, keep-alive clients). The BFF is signed in
 * (cookie) and proxies `/api/v1/job/resource-specs?job_type=train`; nginx gets the equivalent
 * upstream path with the session's IAM token in `X-Auth-Token`.
 *
 *   node --conditions=@console/source --import tsx bench/proxy-vs-nginx.ts     (from bff/)
 *
 * Writes reports/bench-proxy.json at the repo root. Settings: BENCH_UPSTREAM=emulator|fixed
 * (default emulator; fixed: the emulator's answer replayed by a bare node server, one per proxy so
 * that each proxy's new upstream connections are counted),
 * BENCH_BFF_RUN=dist|tsx (default dist: the compiled BFF, as production runs it; see peers.ts),
 * BENCH_CONNECTIONS=32,128, BENCH_RUNS=3, BENCH_DURATION_S=10, BENCH_CPU_PROF=<dir> (a V8 profile
 * of the BFF, written when it exits), BENCH_LABEL (stored in the report), BENCH_BFF_ENV (extra
 * BFF env, `A=1,B=2`), BENCH_BASELINE_DIR (the bff/ folder of an older export, e.g.
 * `git archive <commit> | tar -x -C "$(mktemp -d)"` with node_modules linked: run as a third proxy,
 * `bff_base`, in the same runs, so that a before/after comparison sees the same machine load;
 * BENCH_BASELINE_ENV: its extra env, default BENCH_BFF_ENV), BENCH_BARE=1 (a fourth proxy, `bare`: a
 * bare node:http + undici proxy with nothing of the BFF's work — the floor of any Node proxy).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoToken, spawnEmulator } from '@console/emulator/testing';
import { AUTH_TOKEN_HEADER } from '@console/shared';
import { CSRF, DEMO } from '../src/test-support/stack.js';
import {
  BFF_RUN,
  buildBff,
  cpuMs,
  ioCalls,
  sysCpuMs,
  startBareProxy,
  startBffProcess,
  startFixedUpstream,
  startNginxProxy,
} from './proxy-bench/peers.js';
import { runWrk, type WrkResult } from './proxy-bench/wrk.js';

const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '32,128').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const UPSTREAM = process.env.BENCH_UPSTREAM === 'fixed' ? 'fixed' : 'emulator';
const REL = 'job/resource-specs?job_type=train';
const root = fileURLToPath(new URL('../../', import.meta.url));

const envList = (list: string | undefined): Record<string, string> =>
  Object.fromEntries(
    (list ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
const extraEnv = envList(process.env.BENCH_BFF_ENV);
const baseEnv = envList(process.env.BENCH_BASELINE_ENV ?? process.env.BENCH_BFF_ENV);

interface Run extends WrkResult {
  /** CPU time of the proxy process per answered request (ms). */
  cpuMsPerRequest: number;
  /** The kernel's part of it (socket reads and writes). */
  sysCpuMsPerRequest: number;
  /** Connections the proxy opened to the upstream during the run (fixed upstream only). */
  upstreamConnections?: number;
  /**
   * The same after the run's first second: the end of the previous load (wrk hangs up mid-request,
   * so the proxy cancels those upstream calls and their connections) is refilled by then.
   */
  upstreamConnectionsSteady?: number;
  /** Read and write system calls of the proxy process per answered request (sockets and logs). */
  syscallsPerRequest: { reads: number; writes: number };
  /** Log lines the proxy wrote per answered request (BFF only). */
  logLinesPerRequest?: number;
}

type Stat = { min: number; median: number; max: number };
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
};

interface Target {
  pid: number;
  url: string;
  headers: Record<string, string>;
  connections?: () => number;
  logFile?: string;
}

async function measure(t: Target, connections: number): Promise<Run> {
  // a second of the same load first: pooled connections closed while another proxy ran reopen
  await runWrk({ url: t.url, headers: t.headers, connections, durationS: 1 });
  const before = {
    cpu: cpuMs(t.pid),
    sys: sysCpuMs(t.pid),
    io: ioCalls(t.pid),
    conns: t.connections?.(),
    lines: lines(t.logFile),
  };
  let atOneSecond: number | undefined;
  const snap = setTimeout(() => (atOneSecond = t.connections?.()), 1_000);
  const r = await runWrk({ url: t.url, headers: t.headers, connections, durationS: DURATION_S });
  clearTimeout(snap);
  const n = Math.max(1, r.requests);
  const conns = t.connections?.();
  const after = lines(t.logFile);
  const io = ioCalls(t.pid);
  return {
    ...r,
    cpuMsPerRequest: Number(((cpuMs(t.pid) - before.cpu) / n).toFixed(4)),
    sysCpuMsPerRequest: Number(((sysCpuMs(t.pid) - before.sys) / n).toFixed(4)),
    syscallsPerRequest: {
      reads: round((io.reads - before.io.reads) / n),
      writes: round((io.writes - before.io.writes) / n),
    },
    ...(conns === undefined
      ? {}
      : {
          upstreamConnections: conns - (before.conns ?? 0),
          upstreamConnectionsSteady: conns - (atOneSecond ?? 0),
        }),
    ...(after === undefined
      ? {}
      : { logLinesPerRequest: round((after - (before.lines ?? 0)) / n) }),
  };
}

async function main() {
  if (BFF_RUN === 'dist') {
    buildBff();
    if (process.env.BENCH_BASELINE_DIR) buildBff(process.env.BENCH_BASELINE_DIR);
  }
  const emulator = await spawnEmulator();
  const token = await demoToken(emulator.url);
  const upstreamPath = `/v1/${emulator.projectId}/${REL}`;
  const sample = await fetch(`${emulator.url}${upstreamPath}`, {
    headers: { [AUTH_TOKEN_HEADER]: token },
  });
  const sampleBody = await sample.text();
  if (sample.status !== 200) throw new Error(`emulator answered ${sample.status}: ${sampleBody}`);
  // fixed: one bare server per proxy (same code), so that each proxy's new connections are counted
  const fixed =
    UPSTREAM === 'fixed'
      ? { nginx: await startFixedUpstream(sampleBody), bff: await startFixedUpstream(sampleBody) }
      : undefined;
  const upstreamUrl = `http://127.0.0.1:${fixed?.bff.port ?? emulator.port}`;
  const nginx = await startNginxProxy(fixed?.nginx.port ?? emulator.port);
  const bff = await startBffProcess({
    env: { IAM_ENDPOINT: emulator.url, MODELARTS_ENDPOINT: upstreamUrl, ...extraEnv },
    ...(process.env.BENCH_CPU_PROF ? { cpuProfDir: process.env.BENCH_CPU_PROF } : {}),
  });
  const baseDir = process.env.BENCH_BASELINE_DIR;
  const base = baseDir
    ? await startBffProcess({
        dir: baseDir,
        env: { IAM_ENDPOINT: emulator.url, MODELARTS_ENDPOINT: upstreamUrl, ...baseEnv },
      })
    : undefined;
  const bare =
    process.env.BENCH_BARE === '1'
      ? await startBareProxy({
          upstream: upstreamUrl,
          token,
          prefix: `/v1/${emulator.projectId}/`,
        })
      : undefined;
  try {
    const cookie = await signIn(bff.url);
    const targets: Record<string, Target> = {
      nginx: {
        pid: nginx.pid,
        url: `${nginx.url}${upstreamPath}`,
        headers: { [AUTH_TOKEN_HEADER]: token },
        ...(fixed ? { connections: fixed.nginx.connections } : {}),
      },
      bff: {
        pid: bff.pid,
        url: `${bff.url}/api/v1/${REL}`,
        headers: { cookie },
        logFile: bff.logFile,
        ...(fixed ? { connections: fixed.bff.connections } : {}),
      },
    };
    if (base) {
      targets.bff_base = {
        pid: base.pid,
        url: `${base.url}/api/v1/${REL}`,
        headers: { cookie: await signIn(base.url) },
        logFile: base.logFile,
      };
    }
    if (bare) targets.bare = { pid: bare.pid, url: `${bare.url}/api/v1/${REL}`, headers: {} };
    for (const [name, t] of Object.entries(targets)) {
      const res = await fetch(t.url, { headers: t.headers });
      const text = await res.text();
      if (res.status !== 200 || text.length !== sampleBody.length) {
        throw new Error(
          `${name} answered ${res.status} (${text.length} bytes): ${text.slice(0, 200)}`,
        );
      }
    }
    const results: Record<string, Record<string, Run[]>> = {};
    for (const c of CONNECTIONS) {
      results[c] = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
      for (const t of Object.values(targets)) {
        await runWrk({ url: t.url, headers: t.headers, connections: c, durationS: 3 }); // warm-up
      }
      for (let i = 0; i < RUNS; i++) {
        for (const [name, t] of Object.entries(targets)) {
          const run = await measure(t, c);
          results[c]![name]!.push(run);
          console.log(
            `c=${c} run ${i + 1} ${name.padEnd(5)} ${run.rps.toFixed(0).padStart(6)} req/s  p99 ${run.p99Ms.toFixed(1).padStart(6)} ms  errors ${run.errors}  cpu/req ${run.cpuMsPerRequest} ms (kernel ${run.sysCpuMsPerRequest})  syscalls/req r ${run.syscallsPerRequest.reads} w ${run.syscallsPerRequest.writes}  new upstream conns ${run.upstreamConnections ?? '?'} (after 1 s: ${run.upstreamConnectionsSteady ?? '?'})  log lines/req ${run.logLinesPerRequest ?? '-'}`,
          );
        }
      }
    }
    const summary = Object.fromEntries(
      Object.entries(results).map(([c, byTarget]) => {
        const s = Object.fromEntries(
          Object.entries(byTarget).map(([name, runs]) => [
            name,
            {
              rps: stat(runs.map((r) => r.rps)),
              p99Ms: stat(runs.map((r) => r.p99Ms)),
              errors: stat(runs.map((r) => r.errors)),
              cpuMsPerRequest: stat(runs.map((r) => r.cpuMsPerRequest)),
              syscallWritesPerRequest: stat(runs.map((r) => r.syscallsPerRequest.writes)),
              upstreamConnections: runs.map((r) => r.upstreamConnections ?? null),
              upstreamConnectionsSteady: runs.map((r) => r.upstreamConnectionsSteady ?? null),
              logLinesPerRequest: runs.map((r) => r.logLinesPerRequest ?? null),
            },
          ]),
        );
        // per run: the BFF's run against nginx's run of the same round (same moment's load)
        const perRun = (f: (r: Run) => number) =>
          stat(byTarget.bff!.map((r, i) => round(f(r) / f(byTarget.nginx![i]!))));
        const ratio = s.bff!.rps.median / s.nginx!.rps.median;
        const p99Ratio = s.bff!.p99Ms.median / s.nginx!.p99Ms.median;
        const baseRatio = s.bff_base ? s.bff_base.rps.median / s.nginx!.rps.median : undefined;
        const bareRatio = s.bare ? s.bare.rps.median / s.nginx!.rps.median : undefined;
        return [
          c,
          {
            ...s,
            bffToNginxRps: round(ratio),
            bffToNginxP99: round(p99Ratio),
            bffToNginxRpsPerRun: perRun((r) => r.rps),
            bffToNginxP99PerRun: perRun((r) => r.p99Ms),
            ...(baseRatio === undefined ? {} : { baseToNginxRps: round(baseRatio) }),
            ...(bareRatio === undefined ? {} : { bareToNginxRps: round(bareRatio) }),
          },
        ];
      }),
    );
    const report = {
      measured_at: new Date().toISOString(),
      label: process.env.BENCH_LABEL ?? '',
      what: 'proxied GET req/s, p99 and errors: BFF vs nginx proxy_pass to the same upstream (wrk, keep-alive)',
      upstream: UPSTREAM,
      path: { bff: `/api/v1/${REL}`, nginx: upstreamPath },
      body_bytes: sampleBody.length,
      runs: RUNS,
      duration_s: DURATION_S,
      cpus: (await import('node:os')).cpus().length,
      bff_run: BFF_RUN,
      bff_env: extraEnv,
      ...(baseDir ? { baseline: { dir: baseDir, env: baseEnv } } : {}),
      summary,
      results,
    };
    mkdirSync(`${root}reports`, { recursive: true });
    writeFileSync(`${root}reports/bench-proxy.json`, JSON.stringify(report, null, 2) + '\n');
    printTable(summary);
  } finally {
    await bff.stop();
    await base?.stop();
    await bare?.stop();
    await nginx.stop();
    await fixed?.nginx.close();
    await fixed?.bff.close();
    await emulator.stop();
  }
}

async function signIn(url: string): Promise<string> {
  const login = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify(DEMO),
  });
  if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const round = (n: number) => Number(n.toFixed(3));

function lines(file: string | undefined): number | undefined {
  if (file === undefined) return undefined;
  const text = readFileSync(file, 'utf8');
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

function printTable(summary: Record<string, Record<string, unknown>>) {
  const f = (s: Stat, d = 0) =>
    `${s.min.toFixed(d)} / ${s.median.toFixed(d)} / ${s.max.toFixed(d)}`;
  console.log(
    '\n   c | proxy | req/s min/med/max      | p99 ms min/med/max  | errors | cpu ms/req (med)',
  );
  for (const [c, s] of Object.entries(summary)) {
    for (const name of ['nginx', 'bff', 'bff_base', 'bare']) {
      if (!s[name]) continue;
      const t = s[name] as { rps: Stat; p99Ms: Stat; errors: Stat; cpuMsPerRequest: Stat };
      console.log(
        `${c.padStart(4)} | ${name.padEnd(5)} | ${f(t.rps).padEnd(22)} | ${f(t.p99Ms, 1).padEnd(19)} | ${String(t.errors.max).padEnd(6)} | ${t.cpuMsPerRequest.median}`,
      );
    }
    const runs = (k: string) => f(s[k] as Stat, 3);
    console.log(
      `     | ratio | BFF/nginx req/s ${String(s.bffToNginxRps)}, p99 ${String(s.bffToNginxP99)}` +
        `; per run min/med/max: req/s ${runs('bffToNginxRpsPerRun')}, p99 ${runs('bffToNginxP99PerRun')}` +
        (s.baseToNginxRps === undefined
          ? ''
          : `; baseline BFF/nginx req/s ${String(s.baseToNginxRps)}`),
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
