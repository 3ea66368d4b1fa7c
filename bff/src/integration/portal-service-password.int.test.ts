import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughIdp } from '../test-support/oidc-idp.js';
import { PASSWORD, portalFile, startPortalStack } from '../test-support/portal-stack.js';

type Stack = Awaited<ReturnType<typeof startPortalStack>>;

const isIamSignIn = (r: { method: string; path: string }) =>
  r.method === 'POST' && r.path === '/v3/auth/tokens';

describe('team portal: a service account with an IAM password (emulator IAM)', () => {
  let s: Stack;
  let cookie = '';
  let clock = Date.now();

  beforeAll(async () => {
    s = await startPortalStack(portalFile(PASSWORD), {}, undefined, {
      now: () => clock,
      renewBeforeMs: 10 * 60_000,
    });
    const r = await signInThroughIdp(s.base, 'otto');
    cookie = `mac_sid=${r.cookies.get('mac_sid')}`;
  }, 60_000);
  afterAll(() => s?.stop());

  const list = () =>
    fetch(`${s.base}/api/v1/training-jobs?per_page=5&page=1`, { headers: { cookie } }).then(
      (r) => r.status,
    );

  it('signs in to IAM once for 100 concurrent requests at token expiry', async () => {
    expect(await list()).toBe(200);
    await s.control('DELETE', 'requests');
    clock += 24 * 3_600_000; // every token issued so far has expired by this clock
    const statuses = await Promise.all(Array.from({ length: 100 }, list));
    expect(statuses.filter((x) => x !== 200)).toEqual([]);
    expect((await s.requests()).filter(isIamSignIn)).toHaveLength(1);
  }, 60_000);

  it('re-authenticates once when ModelArts refuses the token, and the call still succeeds', async () => {
    await s.control('POST', 'tokens/expire'); // the emulator now refuses every token it issued
    await s.control('DELETE', 'requests');
    expect(await list()).toBe(200);
    expect(await list()).toBe(200);
    const seen = await s.requests();
    expect(seen.filter(isIamSignIn)).toHaveLength(1);
    // refused once, then sent again with the new token, then once more with it
    expect(seen.filter((r) => r.path.endsWith('/training-jobs'))).toHaveLength(3);
    const me = await fetch(`${s.base}/api/session`, { headers: { cookie } });
    expect(me.status).toBe(200); // the person's session was not ended by the service token's 401
  }, 60_000);
});
