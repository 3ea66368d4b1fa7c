import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { z } from 'zod';
import {
  DEFAULT_UPSTREAM_SETTINGS as UPSTREAM,
  type UpstreamSettings,
} from './services/proxy/upstream-settings.js';

/** `<repo>/web/dist`, resolved from this file (bff/src/config.ts), not from the working directory. */
export const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0–65535`)
    .max(65535, `${name} must be 0–65535`);

const millis = (name: string, min: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`);

const httpUrl = (name: string) =>
  z
    .url({ error: `${name} must be an http(s) URL`, protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''));

const count = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`);

/** Host suffixes whose https links the v2 log download may fetch (besides MODELARTS_ENDPOINT). */
export const DEFAULT_OBS_DOWNLOAD_HOSTS = [
  '.myhuaweicloud.com',
  '.otc.t-systems.com',
  '.myhuaweicloud.eu',
];

const hostSuffixes = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
  )
  .pipe(
    z.array(
      z.string().regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'OBS_DOWNLOAD_HOSTS must list host names'),
    ),
  );

/**
 * Express `trust proxy`: false, a hop count, or a comma list of addresses / CIDRs / `loopback`,
 * `linklocal`, `uniquelocal`. `true` means ONE hop (the proxy right in front), not Express's
 * "trust every hop": with that, a client-chosen `X-Forwarded-For: 1.2.3.4` would pick the client IP
 * that the login limiter counts, and a client-chosen `X-Forwarded-Proto` would pass for https.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((v): number | string | false => {
    if (v === '' || v === 'false' || v === '0') return false;
    if (v === 'true') return 1;
    if (/^\d+$/.test(v)) return Number(v);
    return v;
  })
  .refine((v) => typeof v !== 'string' || validTrustList(v), {
    error: 'TRUST_PROXY must be true, false, a hop count or a comma list of addresses/CIDRs',
  });

function validTrustList(v: string): boolean {
  try {
    // Express compiles the list with proxy-addr when it is set, and throws on a bad entry.
    express().set('trust proxy', v);
    return true;
  } catch {
    return false;
  }
}

/** The origin browsers use (`https://console.example.com`): no path, query or trailing slash. */
const publicOrigin = z
  .url({ error: 'PUBLIC_ORIGIN must be an http(s) origin', protocol: /^https?$/ })
  .refine((v) => /^https?:\/\/[^/?#]+\/?$/.test(v), {
    error: 'PUBLIC_ORIGIN must be an origin only (scheme://host[:port]), without a path',
  })
  .transform((v) => new URL(v).origin);

const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 1/true or 0/false' })
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  PORT: port('PORT').default(8080),
  EMULATOR_PORT: port('EMULATOR_PORT').default(8081),
  IAM_ENDPOINT: httpUrl('IAM_ENDPOINT').optional(),
  MODELARTS_ENDPOINT: httpUrl('MODELARTS_ENDPOINT').optional(),
  WEB_DIST: z.string().min(1, 'WEB_DIST must be a folder path').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_POLL_INTERVAL_MS: millis('LOG_POLL_INTERVAL_MS', 50).default(1000),
  HEARTBEAT_MS: millis('HEARTBEAT_MS', 100).default(15000),
  TRUST_PROXY: trustProxy.default(false),
  MAX_STREAMS_PER_SESSION: count('MAX_STREAMS_PER_SESSION').default(8),
  MAX_LOG_POLLERS: count('MAX_LOG_POLLERS').default(200),
  MAX_POLLERS_PER_ACCOUNT: count('MAX_POLLERS_PER_ACCOUNT').default(20),
  LOG_RETRY_BUDGET_MS: millis('LOG_RETRY_BUDGET_MS', 1000).default(120_000),
  OBS_DOWNLOAD_HOSTS: hostSuffixes.default(() => [...DEFAULT_OBS_DOWNLOAD_HOSTS]),
  PUBLIC_ORIGIN: publicOrigin.optional(),
  SESSION_IDLE_MINUTES: count('SESSION_IDLE_MINUTES').default(120),
  SERVE_SOURCE_MAPS: flag.default(false),
  LOGIN_FAILURES_PER_USER: count('LOGIN_FAILURES_PER_USER').default(10),
  LOGIN_FAILURES_PER_IP: count('LOGIN_FAILURES_PER_IP').default(50),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  READY_TIMEOUT_MS: millis('READY_TIMEOUT_MS', 50).default(2000),
  READY_CACHE_MS: millis('READY_CACHE_MS', 0).default(5000),
  UPSTREAM_MAX_CONNECTIONS: count('UPSTREAM_MAX_CONNECTIONS')
    .max(4096, 'UPSTREAM_MAX_CONNECTIONS must be at most 4096')
    .default(UPSTREAM.maxConnections),
  PROXY_MAX_QUEUE: z.coerce
    .number({ error: 'PROXY_MAX_QUEUE must be a number' })
    .int('PROXY_MAX_QUEUE must be a whole number')
    .min(0, 'PROXY_MAX_QUEUE must be at least 0')
    .default(UPSTREAM.maxQueue),
  PROXY_MAX_WAIT_MS: millis('PROXY_MAX_WAIT_MS', 1).default(UPSTREAM.maxWaitMs),
  UPSTREAM_TIMEOUT_MS: millis('UPSTREAM_TIMEOUT_MS', 100).default(UPSTREAM.timeoutMs),
  PROXY_GET_ATTEMPTS: count('PROXY_GET_ATTEMPTS')
    .max(10, 'PROXY_GET_ATTEMPTS must be at most 10')
    .default(UPSTREAM.getAttempts),
  UPSTREAM_BREAKER_FAILURES: count('UPSTREAM_BREAKER_FAILURES').default(UPSTREAM.breakerFailures),
  UPSTREAM_BREAKER_OPEN_MS: millis('UPSTREAM_BREAKER_OPEN_MS', 100).default(UPSTREAM.breakerOpenMs),
});

export interface Config {
  port: number;
  iamEndpoint: string;
  modelartsEndpoint: string;
  /** The built web app; undefined when the folder does not exist (the BFF then serves only /api). */
  webDist: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  logPollIntervalMs: number;
  heartbeatMs: number;
  /** Express `trust proxy` (TRUST_PROXY=true is stored as 1 hop). */
  trustProxy: number | string | false;
  /** Concurrent live-log streams one session may hold open. */
  maxStreamsPerSession: number;
  /** Upstream log pollers (shared and private, v1 and v2) the BFF runs at most. */
  maxLogPollers: number;
  /** Upstream log pollers one account (user + domain, all its sessions) may start (v1 and v2). */
  maxPollersPerAccount: number;
  /** How long a live log stream rides out upstream failures (network, 5xx, 429) before it ends. */
  logRetryBudgetMs: number;
  /** Host suffixes (".example.com") or hosts whose https log links the v2 download may fetch. */
  obsDownloadHosts: string[];
  /** The origin browsers reach the console at; state-changing calls must come from it. */
  publicOrigin: string | undefined;
  /** A session unused this long ends (its token's expiry ends it anyway). */
  sessionIdleMinutes: number;
  /** Serve `*.map` files from the built web app (off: they are answered 404). */
  serveSourceMaps: boolean;
  /** Failed sign-ins allowed per minute for one domain + username (from any address). */
  loginFailuresPerUser: number;
  /** Failed sign-ins allowed per minute from one client address (any user). */
  loginFailuresPerIp: number;
  /** When set, `/metrics` answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** How long `/api/ready` waits for each upstream (default 2 s). */
  readyTimeoutMs?: number;
  /** How long one readiness result is reused (default 5 s). */
  readyCacheMs?: number;
  /** The ModelArts proxy: connections, queue, timeouts, retries, breaker. */
  proxy: UpstreamSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "not set" so that `FOO= pnpm start` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const emulator = `http://127.0.0.1:${e.EMULATOR_PORT}`;
  const webDist = resolve(e.WEB_DIST ?? DEFAULT_WEB_DIST);
  return {
    port: e.PORT,
    iamEndpoint: e.IAM_ENDPOINT ?? emulator,
    modelartsEndpoint: e.MODELARTS_ENDPOINT ?? emulator,
    webDist: existsSync(resolve(webDist, 'index.html')) ? webDist : undefined,
    logLevel: e.LOG_LEVEL,
    logPollIntervalMs: e.LOG_POLL_INTERVAL_MS,
    heartbeatMs: e.HEARTBEAT_MS,
    trustProxy: e.TRUST_PROXY,
    maxStreamsPerSession: e.MAX_STREAMS_PER_SESSION,
    maxLogPollers: e.MAX_LOG_POLLERS,
    maxPollersPerAccount: e.MAX_POLLERS_PER_ACCOUNT,
    logRetryBudgetMs: e.LOG_RETRY_BUDGET_MS,
    obsDownloadHosts: e.OBS_DOWNLOAD_HOSTS,
    publicOrigin: e.PUBLIC_ORIGIN,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    serveSourceMaps: e.SERVE_SOURCE_MAPS,
    loginFailuresPerUser: e.LOGIN_FAILURES_PER_USER,
    loginFailuresPerIp: e.LOGIN_FAILURES_PER_IP,
    metricsToken: e.METRICS_TOKEN,
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    readyCacheMs: e.READY_CACHE_MS,
    proxy: {
      ...UPSTREAM,
      maxConnections: e.UPSTREAM_MAX_CONNECTIONS,
      maxQueue: e.PROXY_MAX_QUEUE,
      maxWaitMs: e.PROXY_MAX_WAIT_MS,
      timeoutMs: e.UPSTREAM_TIMEOUT_MS,
      getAttempts: e.PROXY_GET_ATTEMPTS,
      breakerFailures: e.UPSTREAM_BREAKER_FAILURES,
      breakerOpenMs: e.UPSTREAM_BREAKER_OPEN_MS,
    },
  };
}
