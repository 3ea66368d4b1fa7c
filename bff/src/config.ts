import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Express `trust proxy`: true/false, a hop count, or a list of addresses/subnets. */
const trustProxy = z
  .string()
  .trim()
  .transform((v): boolean | number | string => {
    if (v === '' || v === 'false' || v === '0') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) return Number(v);
    return v;
  });

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
  OBS_DOWNLOAD_HOSTS: hostSuffixes.default(() => [...DEFAULT_OBS_DOWNLOAD_HOSTS]),
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
  trustProxy: boolean | number | string;
  /** Concurrent live-log streams one session may hold open. */
  maxStreamsPerSession: number;
  /** Upstream log pollers (shared and private, v1 and v2) the BFF runs at most. */
  maxLogPollers: number;
  /** Host suffixes (".example.com") or hosts whose https log links the v2 download may fetch. */
  obsDownloadHosts: string[];
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
    obsDownloadHosts: e.OBS_DOWNLOAD_HOSTS,
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
