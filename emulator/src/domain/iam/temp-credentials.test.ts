import { describe, expect, it } from 'vitest';
import type { TokenRecord } from '../../store/types.js';
import { TemporaryCredentials } from './temp-credentials.js';

const token = (expiresAt: number): TokenRecord => ({
  hash: 'h',
  user_name: 'demo',
  user_id: 'u',
  domain_name: 'demo',
  domain_id: 'd',
  project_id: 'p',
  project_name: 'eu-de',
  issued_at: 0,
  expires_at: expiresAt,
});

describe('temporary credentials (test clock)', () => {
  it('are valid for their duration, then expired, never past their token', () => {
    let now = 1_000_000;
    const creds = new TemporaryCredentials(() => now);
    const c = creds.issue(token(now + 86_400_000), 900);
    expect(c.access).toMatch(/^[A-Z0-9]{20}$/);
    expect(c.expiresAt).toBe(now + 900_000);
    expect(creds.lookup(c.access)).toMatchObject({ ok: true });
    now += 899_999;
    expect(creds.lookup(c.access).ok).toBe(true);
    now += 1;
    expect(creds.lookup(c.access)).toEqual({ ok: false, reason: 'expired' });
    expect(creds.lookup('NOSUCHACCESSKEY00000')).toEqual({ ok: false, reason: 'unknown' });

    const short = creds.issue(token(now + 60_000), 3600);
    expect(short.expiresAt).toBe(now + 60_000);
    expect(TemporaryCredentials.view(short).credential.expires_at).toMatch(/\.\d{6}Z$/);
    creds.expireAll();
    expect(creds.lookup(short.access)).toEqual({ ok: false, reason: 'expired' });
  });
});
