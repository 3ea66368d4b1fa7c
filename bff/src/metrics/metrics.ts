import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { defaultMetricsRegistry } from './process-registry.js';
import type { Upstream, UpstreamErrorKind, UpstreamErrorSink } from './upstream-error.js';

/** One finished (or aborted) HTTP request as the BFF answered it. */
export interface RequestSample {
  method: string;
  /** A route template (`/api/logs/v1/:jobId/:versionId`), never a raw path. */
  route: string;
  /** The status code sent, or `aborted` when the client left before any header was sent. */
  status: string;
  /** A Server-Sent Events stream: counted, but its lifetime is no latency and stays out of the histogram. */
  stream: boolean;
}

/** Per API version, the live-log pollers and viewers of a LogTailRegistry. */
export interface LogTailSample {
  api: 'v1' | 'v2';
  shared: number;
  private: number;
  viewers: number;
  /** With Redis: logs this replica polls for all replicas (it holds their lease). */
  holding?: number;
}

/** What the gauges read at each scrape. */
export interface LiveLogSample {
  /** Open SSE live-log streams (all sessions). */
  sseStreams: number;
  logTails: LogTailSample[];
}

/** The BFF's metrics: one instance (and Prometheus registry) per app. */
export interface ConsoleMetrics extends UpstreamErrorSink {
  readonly registry: Registry;
  observeRequest(sample: RequestSample, seconds: number): void;
  /** A signed-in page load's first screen: drawn here or not, and how long that took. */
  observeFirstScreen(outcome: 'drawn' | 'not_drawn' | 'failed' | 'late', seconds: number): void;
  /** Sets where the live-log gauges read from (the app's registries and stream bookkeeping). */
  observeLiveLogs(read: () => LiveLogSample): void;
  /** The Prometheus text exposition of this app's metrics and the process's default metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

export function createMetrics(): ConsoleMetrics {
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'console_http_requests_total',
    help: 'HTTP requests answered by the BFF, by method, route template and status',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'console_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (SSE streams excluded), by method, route template and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const upstreamErrors = new Counter({
    name: 'console_upstream_errors_total',
    help: 'Failed upstream calls, by upstream (iam, modelarts) and kind (network, timeout, 5xx, 429)',
    labelNames: ['upstream', 'kind'] as const,
    registers: [registry],
  });
  // Every series exists from the start (at 0), so rate() and alerts see the first error.
  for (const upstream of ['iam', 'modelarts'] as const) {
    for (const kind of ['network', 'timeout', '5xx', '429'] as const) {
      upstreamErrors.inc({ upstream, kind }, 0);
    }
  }

  const firstScreen = new Histogram({
    name: 'console_first_screen_seconds',
    help: 'Signed-in page loads by how their first screen ended (drawn by the BFF, not_drawn: left to the browser, failed, late: over PRERENDER_BUDGET_MS), and the time until then',
    labelNames: ['outcome'] as const,
    buckets: [0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2],
    registers: [registry],
  });
  // every outcome's series from the start (at 0), as the upstream errors'
  for (const outcome of ['drawn', 'not_drawn', 'failed', 'late'] as const)
    firstScreen.zero({ outcome });

  let readLiveLogs: () => LiveLogSample = () => ({ sseStreams: 0, logTails: [] });
  new Gauge({
    name: 'console_sse_streams_open',
    help: 'Open Server-Sent Events live-log streams',
    registers: [registry],
    collect() {
      this.set(readLiveLogs().sseStreams);
    },
  });
  new Gauge({
    name: 'console_log_pollers',
    help: 'Upstream log pollers running, by API version and kind (shared by viewers, or private)',
    labelNames: ['api', 'kind'] as const,
    registers: [registry],
    collect() {
      for (const t of readLiveLogs().logTails) {
        this.set({ api: t.api, kind: 'shared' }, t.shared);
        this.set({ api: t.api, kind: 'private' }, t.private);
      }
    },
  });
  new Gauge({
    name: 'console_log_leases_held',
    help: 'With REDIS_URL: logs whose only upstream poller runs on this replica, by API version',
    labelNames: ['api'] as const,
    registers: [registry],
    collect() {
      for (const t of readLiveLogs().logTails) this.set({ api: t.api }, t.holding ?? 0);
    },
  });
  new Gauge({
    name: 'console_log_viewers',
    help: 'Live-log viewers attached to shared pollers, by API version',
    labelNames: ['api'] as const,
    registers: [registry],
    collect() {
      for (const t of readLiveLogs().logTails) this.set({ api: t.api }, t.viewers);
    },
  });

  // The series of each label set, found once: prom-client hashes the labels object on every
  // inc/observe otherwise. Bounded: methods, route labels and statuses are bounded sets.
  const series = new Map<string, { count: () => void; time: (s: number) => void }>();
  const seriesOf = (method: string, route: string, status: string) => {
    const key = `${method} ${route} ${status}`;
    let found = series.get(key);
    if (!found) {
      const labels = { method, route, status };
      const counter = requests.labels(labels);
      const histogram = latency.labels(labels);
      found = { count: () => counter.inc(), time: (s) => histogram.observe(s) };
      series.set(key, found);
    }
    return found;
  };

  return {
    registry,
    observeRequest(sample, seconds) {
      const s = seriesOf(sample.method, sample.route, sample.status);
      s.count();
      if (!sample.stream) s.time(seconds);
    },
    upstreamError(upstream: Upstream, kind: UpstreamErrorKind) {
      upstreamErrors.inc({ upstream, kind });
    },
    observeFirstScreen(outcome, seconds) {
      firstScreen.observe({ outcome }, seconds);
    },
    observeLiveLogs(read) {
      readLiveLogs = read;
    },
    async render() {
      const merged = Registry.merge([defaultMetricsRegistry(), registry]);
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
}
