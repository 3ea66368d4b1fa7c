import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

describe('NOTIFY_* settings', () => {
  it('are off without NOTIFY_WEBHOOK_URL', () => {
    expect(loadConfig({}).notify).toBeUndefined();
  });

  it('read the webhook as written, with its polling, age and retry settings', () => {
    const c = loadConfig({
      NOTIFY_WEBHOOK_URL: 'https://hooks.example/T0/B1/secret/',
      NOTIFY_POLL_MS: '5000',
      NOTIFY_MAX_AGE_MINUTES: '60',
      NOTIFY_ATTEMPTS: '3',
    });
    expect(c.notify).toEqual({
      webhookUrl: 'https://hooks.example/T0/B1/secret/',
      pollMs: 5000,
      maxAgeMs: 3600_000,
      attempts: 3,
      retryMs: 1000,
    });
  });

  it('refuse a URL that is not http(s), without repeating it', () => {
    let message = '';
    try {
      loadConfig({ NOTIFY_WEBHOOK_URL: 'file:///etc/secret-hook' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('NOTIFY_WEBHOOK_URL must be an http(s) URL');
    expect(message).not.toContain('secret-hook');
    expect(() =>
      loadConfig({ NOTIFY_WEBHOOK_URL: 'https://h.example', NOTIFY_ATTEMPTS: '99' }),
    ).toThrow(/NOTIFY_ATTEMPTS must be at most 20/);
  });
});
