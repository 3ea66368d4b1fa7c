import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig: operations settings', () => {
  it('defaults: no metrics token, readiness waits 2 s and reuses a result for 5 s', () => {
    expect(loadConfig({ WEB_DIST: '/nonexistent' })).toMatchObject({
      metricsToken: undefined,
      readyTimeoutMs: 2000,
      readyCacheMs: 5000,
    });
  });

  it('reads METRICS_TOKEN, READY_TIMEOUT_MS and READY_CACHE_MS', () => {
    const c = loadConfig({
      METRICS_TOKEN: 'a-long-enough-token',
      READY_TIMEOUT_MS: '500',
      READY_CACHE_MS: '0',
    });
    expect(c).toMatchObject({
      metricsToken: 'a-long-enough-token',
      readyTimeoutMs: 500,
      readyCacheMs: 0,
    });
  });

  it('refuses a short metrics token and a readiness timeout below 50 ms', () => {
    let err: unknown;
    try {
      loadConfig({ METRICS_TOKEN: 'short', READY_TIMEOUT_MS: '10' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems.join('\n')).toMatch(/METRICS_TOKEN.*16 characters/);
    expect((err as ConfigError).problems.join('\n')).toMatch(/READY_TIMEOUT_MS.*at least 50/);
    expect((err as Error).message).not.toContain('short');
  });
});
