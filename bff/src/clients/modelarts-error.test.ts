import { describe, expect, it } from 'vitest';
import {
  isTokenRejected,
  MAX_RETRY_AFTER_MS,
  ModelArtsCallError,
  parseRetryAfter,
} from './modelarts-error.js';

const NOW = Date.parse('2026-12-01T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, capped at 60 s', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter(' 7 ', NOW)).toBe(7_000);
    expect(parseRetryAfter('3600', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:12 GMT', NOW)).toBe(12_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:00 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('ignores what is absent or unreadable', () => {
    for (const v of [undefined, null, '', '  ', '-1', '1.5', 'soon', '12abc']) {
      expect(parseRetryAfter(v, NOW)).toBeUndefined();
    }
  });
});

describe('isTokenRejected', () => {
  const err = (status: number, code: string) =>
    new ModelArtsCallError(status, { error_code: code, error_msg: 'x' }, false);

  it('is a 401 with a ModelArts token code, nothing else', () => {
    expect(isTokenRejected(err(401, 'ModelArts.0201'))).toBe(true);
    expect(isTokenRejected(err(401, 'ModelArts.0202'))).toBe(true);
    expect(isTokenRejected(err(401, 'ModelArts.0203'))).toBe(true);
    expect(isTokenRejected(err(403, 'ModelArts.0203'))).toBe(false);
    expect(isTokenRejected(err(401, 'ModelArts.0207'))).toBe(false);
    expect(isTokenRejected(err(403, 'ModelArts.0210'))).toBe(false);
    expect(isTokenRejected(new Error('ModelArts.0202'))).toBe(false);
  });
});
