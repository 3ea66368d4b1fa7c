import { describe, expect, it } from 'vitest';
import type { TemporaryKeys } from '../../clients/iam-security-token.js';
import { RENEW_BEFORE_MS, TemporaryKeyCache } from './temp-key-cache.js';

function fake() {
  const calls: string[] = [];
  let now = 1_000_000;
  const resolvers: ((k: TemporaryKeys) => void)[] = [];
  const cache = new TemporaryKeyCache(
    (token) => {
      calls.push(token);
      return new Promise<TemporaryKeys>((r) => resolvers.push(r));
    },
    () => now,
  );
  const issue = (n: number) =>
    resolvers.shift()!({ ak: `AK${n}`, sk: 'sk', securityToken: 't', expiresAt: now + 900_000 });
  return { cache, calls, issue, advance: (ms: number) => (now += ms) };
}

describe('temporary OBS keys per session', () => {
  it('fetches once for concurrent callers and reuses until shortly before expiry', async () => {
    const f = fake();
    const a = f.cache.get('s1', 'tok');
    const b = f.cache.get('s1', 'tok');
    expect(f.calls).toEqual(['tok']);
    f.issue(1);
    expect((await a).ak).toBe('AK1');
    expect((await b).ak).toBe('AK1');
    f.advance(900_000 - RENEW_BEFORE_MS - 1);
    expect((await f.cache.get('s1', 'tok')).ak).toBe('AK1');
    f.advance(2);
    const renewed = f.cache.get('s1', 'tok');
    f.issue(2);
    expect((await renewed).ak).toBe('AK2');
    expect(f.calls).toHaveLength(2);
  });

  it('keeps sessions apart, forgets at sign-out and after a failure', async () => {
    const f = fake();
    const one = f.cache.get('s1', 'tok1');
    const two = f.cache.get('s2', 'tok2');
    f.issue(1);
    f.issue(2);
    expect([(await one).ak, (await two).ak]).toEqual(['AK1', 'AK2']);
    f.cache.forget('s1');
    expect(f.cache.size).toBe(1);
    const again = f.cache.get('s1', 'tok1');
    f.issue(3);
    expect((await again).ak).toBe('AK3');
    const failing = new TemporaryKeyCache(() => Promise.reject(new Error('IAM down')));
    await expect(failing.get('s', 't')).rejects.toThrow('IAM down');
    expect(failing.size).toBe(0);
  });
});
