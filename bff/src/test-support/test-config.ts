import type { Config } from '../config.js';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    iamEndpoint: 'http://127.0.0.1:9',
    modelartsEndpoint: 'http://127.0.0.1:9',
    obs: { endpoint: 'http://127.0.0.1:9', maxUploadBytes: 5 * 1024 ** 3 },
    webDist: undefined,
    logLevel: 'silent',
    logPollIntervalMs: 50,
    heartbeatMs: 15_000,
    trustProxy: false,
    maxStreamsPerSession: 8,
    maxLogPollers: 200,
    maxPollersPerAccount: 20,
    logRetryBudgetMs: 120_000,
    logSpoolMaxBytes: 64 * 1024 * 1024,
    obsDownloadHosts: ['.myhuaweicloud.com'],
    publicOrigin: undefined,
    sessionIdleMinutes: 120,
    serveSourceMaps: false,
    loginFailuresPerUser: 10,
    loginFailuresPerIp: 50,
    metricsToken: undefined,
    readyTimeoutMs: 2000,
    readyCacheMs: 5000,
    proxy: DEFAULT_UPSTREAM_SETTINGS,
    authMode: 'iam',
    oidc: undefined,
    notify: undefined,
    priceTableFile: undefined,
    portalConfigPath: undefined,
    auditLogPath: undefined,
    redis: undefined,
    ...overrides,
  };
}
