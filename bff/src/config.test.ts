import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the emulator on EMULATOR_PORT and port 8080', () => {
    const c = loadConfig({ EMULATOR_PORT: '9191', WEB_DIST: '/nonexistent' });
    expect(c).toMatchObject({
      port: 8080,
      iamEndpoint: 'http://127.0.0.1:9191',
      modelartsEndpoint: 'http://127.0.0.1:9191',
      webDist: undefined,
      logPollIntervalMs: 1000,
      heartbeatMs: 15000,
      trustProxy: false,
      logLevel: 'info',
    });
  });

  it("points OBS at the emulator's OBS port unless OBS_ENDPOINT is set, with a 5 GiB upload limit", () => {
    expect(loadConfig({ WEB_DIST: '/nonexistent' }).obs).toEqual({
      endpoint: 'http://127.0.0.1:8082',
      maxUploadBytes: 5 * 1024 ** 3,
    });
    expect(loadConfig({ EMULATOR_OBS_PORT: '9292' }).obs.endpoint).toBe('http://127.0.0.1:9292');
    const c = loadConfig({ OBS_ENDPOINT: 'https://obs.example/', OBS_MAX_UPLOAD_BYTES: '1048576' });
    expect(c.obs).toEqual({ endpoint: 'https://obs.example', maxUploadBytes: 1048576 });
    expect(() => loadConfig({ OBS_ENDPOINT: 'ftp://x' })).toThrow(
      /OBS_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ OBS_MAX_UPLOAD_BYTES: '0' })).toThrow(
      /OBS_MAX_UPLOAD_BYTES must be at least 1/,
    );
  });

  it('takes explicit endpoints without a trailing slash', () => {
    const c = loadConfig({ IAM_ENDPOINT: 'https://iam.example/', TRUST_PROXY: '1', PORT: '0' });
    expect(c.iamEndpoint).toBe('https://iam.example');
    expect(c.trustProxy).toBe(1);
    expect(c.port).toBe(0);
  });

  it('names every bad variable at once', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        MODELARTS_ENDPOINT: 'ftp://x',
        LOG_POLL_INTERVAL_MS: '5',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const text = (err as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'MODELARTS_ENDPOINT', 'LOG_POLL_INTERVAL_MS', 'LOG_LEVEL']) {
      expect(text).toContain(name);
    }
  });

  it('reads the stream limits and the OBS host allow-list', () => {
    const d = loadConfig({ WEB_DIST: '/nonexistent' });
    expect([d.maxStreamsPerSession, d.maxLogPollers]).toEqual([8, 200]);
    expect(d.obsDownloadHosts).toContain('.myhuaweicloud.com');
    const c = loadConfig({
      MAX_STREAMS_PER_SESSION: '3',
      MAX_LOG_POLLERS: '50',
      OBS_DOWNLOAD_HOSTS: ' .Example.COM, obs.local ',
    });
    expect([c.maxStreamsPerSession, c.maxLogPollers]).toEqual([3, 50]);
    expect(c.obsDownloadHosts).toEqual(['.example.com', 'obs.local']);
    expect(() => loadConfig({ MAX_LOG_POLLERS: '0' })).toThrow(/MAX_LOG_POLLERS/);
    expect(() => loadConfig({ OBS_DOWNLOAD_HOSTS: 'http://x/' })).toThrow(/OBS_DOWNLOAD_HOSTS/);
  });

  it('treats TRUST_PROXY=true as one hop and checks address lists', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the edge settings with their defaults', () => {
    const d = loadConfig({ WEB_DIST: '/nonexistent' });
    expect(d).toMatchObject({
      publicOrigin: undefined,
      sessionIdleMinutes: 120,
      serveSourceMaps: false,
      loginFailuresPerUser: 10,
      loginFailuresPerIp: 50,
    });
    const c = loadConfig({
      PUBLIC_ORIGIN: 'https://Console.Example.com/',
      SESSION_IDLE_MINUTES: '30',
      SERVE_SOURCE_MAPS: '1',
      LOGIN_FAILURES_PER_USER: '5',
      LOGIN_FAILURES_PER_IP: '20',
    });
    expect(c).toMatchObject({
      publicOrigin: 'https://console.example.com',
      sessionIdleMinutes: 30,
      serveSourceMaps: true,
      loginFailuresPerUser: 5,
      loginFailuresPerIp: 20,
    });
    for (const [name, value] of [
      ['PUBLIC_ORIGIN', 'https://console.example.com/app'],
      ['PUBLIC_ORIGIN', 'console.example.com'],
      ['SESSION_IDLE_MINUTES', '0'],
      ['SERVE_SOURCE_MAPS', 'maybe'],
      ['LOGIN_FAILURES_PER_IP', '-1'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(name);
    }
  });

  it('reads the per-account poller cap and the log retry budget', () => {
    const d = loadConfig({ WEB_DIST: '/nonexistent' });
    expect([d.maxPollersPerAccount, d.logRetryBudgetMs]).toEqual([20, 120_000]);
    const c = loadConfig({ MAX_POLLERS_PER_ACCOUNT: '5', LOG_RETRY_BUDGET_MS: '30000' });
    expect([c.maxPollersPerAccount, c.logRetryBudgetMs]).toEqual([5, 30_000]);
    expect(() => loadConfig({ MAX_POLLERS_PER_ACCOUNT: '0' })).toThrow(/MAX_POLLERS_PER_ACCOUNT/);
    expect(() => loadConfig({ LOG_RETRY_BUDGET_MS: '10' })).toThrow(/LOG_RETRY_BUDGET_MS/);
  });
  it('reads the proxy limits, timeouts, retries and breaker, with defaults', () => {
    const d = loadConfig({ WEB_DIST: '/nonexistent' });
    expect(d.proxy).toMatchObject({
      maxConnections: 64,
      maxQueue: 512,
      maxWaitMs: 10_000,
      timeoutMs: 60_000,
      getAttempts: 3,
      breakerFailures: 5,
      breakerOpenMs: 10_000,
    });
    const c = loadConfig({
      UPSTREAM_MAX_CONNECTIONS: '16',
      PROXY_MAX_QUEUE: '0',
      PROXY_MAX_WAIT_MS: '2500',
      UPSTREAM_TIMEOUT_MS: '30000',
      PROXY_GET_ATTEMPTS: '1',
      UPSTREAM_BREAKER_FAILURES: '10',
      UPSTREAM_BREAKER_OPEN_MS: '5000',
    });
    expect(c.proxy).toMatchObject({
      maxConnections: 16,
      maxQueue: 0,
      maxWaitMs: 2500,
      timeoutMs: 30_000,
      getAttempts: 1,
      breakerFailures: 10,
      breakerOpenMs: 5000,
    });
    let err: unknown;
    try {
      loadConfig({
        UPSTREAM_MAX_CONNECTIONS: '0',
        PROXY_MAX_QUEUE: '-1',
        PROXY_GET_ATTEMPTS: '11',
      });
    } catch (e) {
      err = e;
    }
    const text = (err as ConfigError).problems.join('\n');
    for (const name of ['UPSTREAM_MAX_CONNECTIONS', 'PROXY_MAX_QUEUE', 'PROXY_GET_ATTEMPTS']) {
      expect(text).toContain(name);
    }
  });
});
