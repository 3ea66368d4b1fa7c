import type { Upstream, UpstreamErrorSink } from '../metrics/upstream-error.js';
import { statusErrorKind, thrownErrorKind } from '../metrics/upstream-error.js';

/** The result of one upstream check; `error` says why it failed. */
export interface UpstreamCheck {
  ok: boolean;
  /** The HTTP status the upstream answered with, when it answered. */
  status?: number;
  error?: string;
  latency_ms: number;
}

export interface ReadinessReport {
  ready: boolean;
  /** The upstreams, and the shared state (`redis`) when one is configured. */
  checks: Record<Upstream, UpstreamCheck> & { redis?: UpstreamCheck };
}

export interface ReadinessOptions {
  /** What to ask: an unauthenticated GET that answers below 500 when the service is up. */
  targets: Record<Upstream, string>;
  timeoutMs: number;
  /** How long one report is reused; probes in that window cause no upstream call. */
  cacheMs: number;
  metrics?: UpstreamErrorSink;
  now?: () => number;
  /** The shared state (REDIS_URL): a PING that rejects when Redis does not answer. */
  redisPing?: () => Promise<unknown>;
}

/**
 * The probe URLs: IAM answers `GET /v3` (its version document) without a token; ModelArts answers
 * its root (the emulator with a description, the cloud's gateway with an error below 500).
 */
export function readinessTargets(iamEndpoint: string, modelartsEndpoint: string) {
  return { iam: `${iamEndpoint}/v3`, modelarts: `${modelartsEndpoint}/` };
}

async function check(
  upstream: Upstream,
  url: string,
  opts: ReadinessOptions,
): Promise<UpstreamCheck> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    // No token, no cookie, no credential of any kind: only "does it answer HTTP".
    const res = await fetch(url, {
      method: 'GET',
      redirect: 'manual',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    await res.body?.cancel();
    const kind = statusErrorKind(res.status);
    if (res.status < 500) return { ok: true, status: res.status, latency_ms: took() };
    if (kind) opts.metrics?.upstreamError(upstream, kind);
    return {
      ok: false,
      status: res.status,
      error: `answered HTTP ${res.status}`,
      latency_ms: took(),
    };
  } catch (err) {
    const kind = thrownErrorKind(err);
    opts.metrics?.upstreamError(upstream, kind);
    const error = kind === 'timeout' ? `no answer within ${opts.timeoutMs} ms` : 'unreachable';
    return { ok: false, error, latency_ms: took() };
  }
}

async function checkRedis(ping: () => Promise<unknown>, timeoutMs: number): Promise<UpstreamCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    await Promise.race([ping(), late]);
    return { ok: true, latency_ms: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, error: 'unreachable', latency_ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness: both upstreams answer (and Redis, when configured). One run at a time (concurrent probes share it), and its report
 * is reused for `cacheMs`, so a crowd of probes makes one request to each upstream per window.
 */
export class ReadinessProbe {
  private cached: { at: number; report: ReadinessReport } | undefined;
  private running: Promise<ReadinessReport> | undefined;
  private readonly now: () => number;

  constructor(private readonly opts: ReadinessOptions) {
    this.now = opts.now ?? Date.now;
  }

  report(): Promise<ReadinessReport> {
    if (this.cached && this.now() - this.cached.at < this.opts.cacheMs) {
      return Promise.resolve(this.cached.report);
    }
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<ReadinessReport> {
    const { targets } = this.opts;
    const [iam, modelarts, redis] = await Promise.all([
      check('iam', targets.iam, this.opts),
      check('modelarts', targets.modelarts, this.opts),
      this.opts.redisPing ? checkRedis(this.opts.redisPing, this.opts.timeoutMs) : undefined,
    ]);
    const report = {
      ready: iam.ok && modelarts.ok && (redis?.ok ?? true),
      checks: { iam, modelarts, ...(redis ? { redis } : {}) },
    };
    this.cached = { at: this.now(), report };
    return report;
  }
}
