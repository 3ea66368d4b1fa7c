import { describe, expect, it } from 'vitest';
import type { IamClient, IssuedToken } from '../clients/iam-client.js';
import { ServiceToken } from './service-token.js';

const account = { projectName: 'eu-de', user: 'svc', password: 'pw', domain: 'team' };

function fakeIam(lifetimeMs: number, now: () => number) {
  const calls: unknown[] = [];
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const iam: IamClient = {
    async issueToken(login) {
      calls.push(login);
      await gate;
      const t: IssuedToken = {
        token: `tok-${calls.length}`,
        projectId: 'p1',
        projectName: login.project,
        user: login.username,
        domain: login.domain,
        expiresAt: now() + lifetimeMs,
      };
      return t;
    },
  };
  const hold = () => (gate = new Promise<void>((r) => (release = r)));
  return { iam, calls, hold, release: () => release() };
}

describe('ServiceToken', () => {
  it('asks IAM once for 100 concurrent callers, then serves the cached token', async () => {
    const t = 0;
    const f = fakeIam(3_600_000, () => t);
    const st = new ServiceToken(f.iam, account, { now: () => t });
    f.hold();
    const all = Promise.all(Array.from({ length: 100 }, () => st.get()));
    f.release();
    expect(new Set((await all).map((x) => x.token))).toEqual(new Set(['tok-1']));
    expect((await st.get()).token).toBe('tok-1');
    expect(f.calls).toEqual([
      { domain: 'team', username: 'svc', password: 'pw', project: 'eu-de' },
    ]);
  });

  it('renews before expiry, once for all callers at that moment', async () => {
    let t = 0;
    const f = fakeIam(3_600_000, () => t);
    const st = new ServiceToken(f.iam, account, { now: () => t, renewBeforeMs: 600_000 });
    await st.get();
    t = 2_999_999; // just over 10 min left
    expect(st.peek()?.token).toBe('tok-1');
    t = 3_000_000; // exactly 10 min left: renewed
    expect(st.peek()).toBeUndefined();
    const all = await Promise.all(Array.from({ length: 100 }, () => st.get()));
    expect(new Set(all.map((x) => x.token))).toEqual(new Set(['tok-2']));
    expect(f.calls).toHaveLength(2);
  });

  it('signs in again after the upstream refused the current token, not for an old one', async () => {
    const f = fakeIam(3_600_000, () => 0);
    const st = new ServiceToken(f.iam, account, { now: () => 0 });
    await st.get();
    st.rejected('tok-0');
    expect((await st.get()).token).toBe('tok-1');
    st.rejected('tok-1');
    expect((await st.get()).token).toBe('tok-2');
  });

  it('counts the lifetime from its arrival when IAM’s clock is off (issued_at given)', async () => {
    let t = 0;
    const f = fakeIam(3_600_000, () => t - 7_200_000); // IAM two hours behind: "expired" already
    const iam: IamClient = {
      issueToken: async (l) => ({ ...(await f.iam.issueToken(l)), lifetimeMs: 3_600_000 }),
    };
    const st = new ServiceToken(iam, account, { now: () => t });
    await st.get();
    t = 1_000;
    expect(st.peek()?.token).toBe('tok-1');
    t = 3_000_001;
    expect(st.peek()).toBeUndefined();
  });

  it('lets the next caller try again after IAM failed', async () => {
    let fail = true;
    const iam: IamClient = {
      async issueToken() {
        if (fail) throw new Error('IAM down');
        return {
          token: 'ok',
          projectId: 'p',
          projectName: 'eu-de',
          user: 'u',
          domain: 'd',
          expiresAt: 9e15,
        };
      },
    };
    const st = new ServiceToken(iam, account);
    await expect(st.get()).rejects.toThrow('IAM down');
    fail = false;
    expect((await st.get()).token).toBe('ok');
  });
});
