import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  count,
  DEFAULT_OBS_DOWNLOAD_HOSTS,
  flag,
  hostSuffixes,
  httpUrl,
  millis,
  port,
  publicOrigin,
  trustProxy,
} from './config/env-fields.js';
import { DEFAULT_SPOOL_MAX_BYTES } from './services/log-read/spool-store.js';
import { DEFAULT_UPSTREAM_SETTINGS as UPSTREAM } from './services/proxy/upstream-settings.js';

export { DEFAULT_OBS_DOWNLOAD_HOSTS };

/** `<repo>/web/dist`, resolved from this file (bff/src/config.ts), not from the working directory. */
export const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const EnvSchema = z.object({
  PORT: port('PORT').default(8080),
  EMULATOR_PORT: port('EMULATOR_PORT').default(8081),
  IAM_ENDPOINT: httpUrl('IAM_ENDPOINT').optional(),
  MODELARTS_ENDPOINT: httpUrl('MODELARTS_ENDPOINT').optional(),
  OBS_ENDPOINT: httpUrl('OBS_ENDPOINT').optional(),
  EMULATOR_OBS_PORT: port('EMULATOR_OBS_PORT').default(8082),
  OBS_MAX_UPLOAD_BYTES: count('OBS_MAX_UPLOAD_BYTES').default(5 * 1024 ** 3),
  WEB_DIST: z.string().min(1, 'WEB_DIST must be a folder path').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_POLL_INTERVAL_MS: millis('LOG_POLL_INTERVAL_MS', 50).default(500),
  HEARTBEAT_MS: millis('HEARTBEAT_MS', 100).default(15000),
  TRUST_PROXY: trustProxy.default(false),
  MAX_STREAMS_PER_SESSION: count('MAX_STREAMS_PER_SESSION').default(8),
  MAX_LOG_POLLERS: count('MAX_LOG_POLLERS').default(200),
  MAX_POLLERS_PER_ACCOUNT: count('MAX_POLLERS_PER_ACCOUNT').default(20),
  LOG_RETRY_BUDGET_MS: millis('LOG_RETRY_BUDGET_MS', 1000).default(120_000),
  LOG_SPOOL_MAX_BYTES: z.coerce
    .number({ error: 'LOG_SPOOL_MAX_BYTES must be a number' })
    .int('LOG_SPOOL_MAX_BYTES must be a whole number')
    .min(0, 'LOG_SPOOL_MAX_BYTES must be at least 0')
    .default(DEFAULT_SPOOL_MAX_BYTES),
  OBS_DOWNLOAD_HOSTS: hostSuffixes.default(() => [...DEFAULT_OBS_DOWNLOAD_HOSTS]),
  PUBLIC_ORIGIN: publicOrigin.optional(),
  SESSION_IDLE_MINUTES: count('SESSION_IDLE_MINUTES').default(120),
  SERVE_SOURCE_MAPS: flag.default(false),
  PRERENDER_BUDGET_MS: millis('PRERENDER_BUDGET_MS', 0).default(800),
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
  AUTH_MODE: z.enum(['iam', 'oidc'], { error: 'AUTH_MODE must be iam or oidc' }).default('iam'),
  // kept exactly as written: the issuer identifier is compared verbatim (Auth0's ends with a slash)
  OIDC_ISSUER: z
    .url({ error: 'OIDC_ISSUER must be an http(s) URL', protocol: /^https?$/ })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(256).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(1024).optional(),
  OIDC_GROUPS_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_.:/-]{1,128}$/, 'OIDC_GROUPS_CLAIM must be a claim name')
    .default('groups'),
  OIDC_SCOPES: z
    .string()
    .regex(/^openid( [A-Za-z0-9_.:/-]+)*$/, 'OIDC_SCOPES must start with openid, space-separated')
    .default('openid profile email groups'),
  PORTAL_CONFIG: z.string().min(1).optional(),
  AUDIT_LOG: z.string().min(1, 'AUDIT_LOG must be a file path').optional(),
  REDIS_URL: z
    .url({ error: 'REDIS_URL must be a redis:// or rediss:// URL', protocol: /^rediss?$/ })
    .optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  // never logged nor shown to a browser: a chat webhook's URL is its secret; kept as written
  NOTIFY_WEBHOOK_URL: z
    .url({ error: 'NOTIFY_WEBHOOK_URL must be an http(s) URL', protocol: /^https?$/ })
    .optional(),
  NOTIFY_POLL_MS: millis('NOTIFY_POLL_MS', 100).default(15_000),
  NOTIFY_MAX_AGE_MINUTES: count('NOTIFY_MAX_AGE_MINUTES').default(15),
  NOTIFY_ATTEMPTS: count('NOTIFY_ATTEMPTS')
    .max(20, 'NOTIFY_ATTEMPTS must be at most 20')
    .default(6),
  NOTIFY_RETRY_MS: millis('NOTIFY_RETRY_MS', 10).default(1000),
  PRICE_TABLE_FILE: z.string().min(1, 'PRICE_TABLE_FILE must be a file path').optional(),
  REPLICA_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'REPLICA_ID must be 1-64 letters, digits, "_", "." or "-"')
    .optional(),
});

/** A shared store (REDIS_URL) keeps tokens encrypted with a key from SESSION_SECRET. */
function sessionSecretWithRedis(e: z.output<typeof EnvSchema>, ctx: z.RefinementCtx): void {
  if (e.REDIS_URL === undefined || e.SESSION_SECRET !== undefined) return;
  ctx.addIssue({
    code: 'custom',
    path: ['SESSION_SECRET'],
    message: 'SESSION_SECRET is required when REDIS_URL is set (it encrypts tokens at rest)',
  });
}

/** `AUTH_MODE=oidc` needs the provider, the client, the public origin and the portal file. */
function oidcSettingsPresent(e: z.output<typeof EnvSchema>, ctx: z.RefinementCtx): void {
  if (e.AUTH_MODE !== 'oidc') return;
  for (const name of [
    'OIDC_ISSUER',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'PUBLIC_ORIGIN',
    'PORTAL_CONFIG',
  ] as const) {
    if (e[name] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is required when AUTH_MODE=oidc`,
      });
    }
  }
}

type Env = z.output<typeof EnvSchema>;

const emulator = (e: Env) => `http://127.0.0.1:${e.EMULATOR_PORT}`;

function builtWebApp(folder: string | undefined): string | undefined {
  const webDist = resolve(folder ?? DEFAULT_WEB_DIST);
  return existsSync(resolve(webDist, 'index.html')) ? webDist : undefined;
}

/** The environment, parsed, as the settings the app reads: `Config` is inferred from it. */
const ConfigSchema = EnvSchema.superRefine(oidcSettingsPresent)
  .superRefine(sessionSecretWithRedis)
  .transform((e) => ({
    port: e.PORT,
    iamEndpoint: e.IAM_ENDPOINT ?? emulator(e),
    modelartsEndpoint: e.MODELARTS_ENDPOINT ?? emulator(e),
    /**
     * The OBS console endpoints: OBS path-style at `endpoint` (default: the emulator's OBS port);
     * `maxUploadBytes` bounds one upload request and one multipart file (413 above it).
     */
    obs: {
      endpoint: e.OBS_ENDPOINT ?? `http://127.0.0.1:${e.EMULATOR_OBS_PORT}`,
      maxUploadBytes: e.OBS_MAX_UPLOAD_BYTES,
    },
    /** The built web app; undefined when the folder does not exist (the BFF then serves only /api). */
    webDist: builtWebApp(e.WEB_DIST),
    logLevel: e.LOG_LEVEL,
    logPollIntervalMs: e.LOG_POLL_INTERVAL_MS,
    heartbeatMs: e.HEARTBEAT_MS,
    /** Express `trust proxy` (TRUST_PROXY=true is stored as 1 hop). */
    trustProxy: e.TRUST_PROXY,
    /** Concurrent live-log streams one session may hold open. */
    maxStreamsPerSession: e.MAX_STREAMS_PER_SESSION,
    /** Upstream log pollers (shared and private, v1 and v2) the BFF runs at most. */
    maxLogPollers: e.MAX_LOG_POLLERS,
    /** Upstream log pollers one account (user + domain, all its sessions) may start (v1 and v2). */
    maxPollersPerAccount: e.MAX_POLLERS_PER_ACCOUNT,
    /** How long a live log stream rides out upstream failures (network, 5xx, 429) before it ends. */
    logRetryBudgetMs: e.LOG_RETRY_BUDGET_MS,
    /** Bytes of v1 log text kept on local disk for search and paging, all logs together (0: off). */
    logSpoolMaxBytes: e.LOG_SPOOL_MAX_BYTES,
    /** Host suffixes (".example.com") or hosts whose https log links the v2 download may fetch. */
    obsDownloadHosts: e.OBS_DOWNLOAD_HOSTS,
    /** The origin browsers reach the console at; state-changing calls must come from it. */
    publicOrigin: e.PUBLIC_ORIGIN,
    /** A session unused this long ends (its token's expiry ends it anyway). */
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    /** Serve `*.map` files from the built web app (off: they are answered 404). */
    serveSourceMaps: e.SERVE_SOURCE_MAPS,
    /**
     * How long a signed-in page load may wait for its first screen to be drawn here (the web's
     * dist-server/ renderer; 0: never drawn here, the browser draws it).
     */
    prerenderBudgetMs: e.PRERENDER_BUDGET_MS,
    /** Failed sign-ins allowed per minute for one domain + username (from any address). */
    loginFailuresPerUser: e.LOGIN_FAILURES_PER_USER,
    /** Failed sign-ins allowed per minute from one client address (any user). */
    loginFailuresPerIp: e.LOGIN_FAILURES_PER_IP,
    /** When set, `/metrics` answers only `Authorization: Bearer <metricsToken>`. */
    metricsToken: e.METRICS_TOKEN,
    /** How long `/api/ready` waits for each upstream (default 2 s). */
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    /** How long one readiness result is reused (default 5 s). */
    readyCacheMs: e.READY_CACHE_MS,
    /** The ModelArts proxy: connections, queue, timeouts, retries, breaker. */
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
    /** `iam`: each user signs in with an IAM password; `oidc`: the team portal (single sign-on). */
    authMode: e.AUTH_MODE,
    /** The OpenID Connect relying party (AUTH_MODE=oidc); the secret never leaves the server. */
    oidc:
      e.AUTH_MODE === 'oidc'
        ? {
            issuer: e.OIDC_ISSUER!,
            clientId: e.OIDC_CLIENT_ID!,
            clientSecret: e.OIDC_CLIENT_SECRET!,
            groupsClaim: e.OIDC_GROUPS_CLAIM,
            scopes: e.OIDC_SCOPES,
          }
        : undefined,
    /**
     * The webhook told once per job that reaches a terminal status (see services/notify/);
     * undefined: no notifications. The URL never leaves the server.
     */
    notify: e.NOTIFY_WEBHOOK_URL
      ? {
          webhookUrl: e.NOTIFY_WEBHOOK_URL,
          pollMs: e.NOTIFY_POLL_MS,
          maxAgeMs: e.NOTIFY_MAX_AGE_MINUTES * 60_000,
          attempts: e.NOTIFY_ATTEMPTS,
          retryMs: e.NOTIFY_RETRY_MS,
        }
      : undefined,
    /** The operator's price table (JSON) for the forms' cost estimate; read at start by main.ts. */
    priceTableFile: e.PRICE_TABLE_FILE,
    /** The portal file (projects, roles, guardrails); read at start by main.ts. */
    portalConfigPath: e.PORTAL_CONFIG,
    /** Where the audit trail is appended as JSON lines (default: memory only). */
    auditLogPath: e.AUDIT_LOG,
    /**
     * The shared state of several replicas (sessions, log fan-out, limits); undefined: everything in
     * this process's memory (the single-process default). Never logged (it may carry a password).
     */
    redis: e.REDIS_URL
      ? {
          url: e.REDIS_URL,
          sessionSecret: e.SESSION_SECRET!,
          /** This replica's name in leases and logs (default: host name and process id). */
          replicaId: e.REPLICA_ID ?? `${hostname()}-${process.pid}`,
        }
      : undefined,
  }));

export type Config = z.output<typeof ConfigSchema>;

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
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  return parsed.data;
}
