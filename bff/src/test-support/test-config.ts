import type { Config } from '../config.js';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    iamEndpoint: 'http://127.0.0.1:9',
    modelartsEndpoint: 'http://127.0.0.1:9',
    webDist: undefined,
    logLevel: 'silent',
    logPollIntervalMs: 50,
    heartbeatMs: 15_000,
    trustProxy: false,
    maxStreamsPerSession: 8,
    maxLogPollers: 200,
    obsDownloadHosts: ['.myhuaweicloud.com'],
    proxy: DEFAULT_UPSTREAM_SETTINGS,
    ...overrides,
  };
}
