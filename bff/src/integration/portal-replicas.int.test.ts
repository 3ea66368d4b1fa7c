import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004CreateBody } from '@console/shared/fixtures';
import { signInThroughIdp } from '../test-support/oidc-idp.js';
import { AKSK, portalFile, startPortalStack } from '../test-support/portal-stack.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { CSRF } from '../test-support/stack.js';

type Stack = Awaited<ReturnType<typeof startPortalStack>>;

/**
 * The sign-in starts on replica 0 and its callback lands on replica 1; a test call names its
 * replica in `x-replica`; anything else goes round robin.
 */
function balance(req: IncomingMessage, n: number): number {
  const path = (req.url ?? '').split('?')[0];
  if (path === '/api/session/oidc') return 0;
  if (path === '/api/session/oidc/callback') return 1;
  const named = req.headers['x-replica'];
  return typeof named === 'string' ? Number(named) : n % 2;
}

describe('team portal on two replicas sharing one real redis-server', () => {
  let redis: RedisServer;
  let s: Stack;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    redis = await startRedis();
    s = await startPortalStack(portalFile(AKSK), {
      replicas: 2,
      balance,
      config: {
        redis: {
          url: redis.url,
          sessionSecret: 'portal-replicas-session-secret-0123456789',
          replicaId: 'portal-test',
        },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await s?.stop();
    await redis?.kill();
  });

  async function call(
    replica: number,
    person: string,
    method: string,
    path: string,
    body?: unknown,
  ) {
    const res = await fetch(`${s.base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        'x-replica': String(replica),
        cookie: cookies.get(person) ?? '',
        origin: s.base,
        ...CSRF,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      parsed = {};
    }
    return { status: res.status, body: parsed };
  }

  async function signIn(person: string) {
    const r = await signInThroughIdp(s.base, person);
    const [name, value] = [...r.cookies].find(([k]) => k === 'mac_sid') ?? [];
    if (name) cookies.set(person, `${name}=${value}`);
    return r;
  }

  it('a sign-in started on one replica completes on the other (the transaction is in Redis)', async () => {
    const r = await signIn('otto');
    expect([r.status, r.location]).toEqual([303, '/']);
    const start = s.served.find((x) => x.path === '/api/session/oidc');
    const callback = s.served.find((x) => x.path === '/api/session/oidc/callback');
    expect([start?.replica, callback?.replica]).toEqual([0, 1]);
    for (const replica of [0, 1]) {
      expect((await call(replica, 'otto', 'GET', '/api/session')).body).toMatchObject({
        user: 'otto',
        role: 'operator',
      });
    }
  });

  it('who created a v1 job on one replica is known on the other (an operator stops their own)', async () => {
    await signIn('olga');
    const v1 = await call(0, 'otto', 'POST', '/api/v1/training-jobs', {
      ...seed004CreateBody,
      job_name: 'replica_owned_job',
    });
    expect(v1.status).toBe(200);
    const stop = `/api/v1/training-jobs/${String(v1.body.job_id)}/versions/${String(v1.body.version_id)}/stop`;
    const refused = await call(1, 'olga', 'POST', stop);
    expect(refused.status).toBe(403);
    expect(refused.body.error_msg).toBe(
      "This job is otto's: as an operator you may stop only your own jobs",
    );
    expect((await call(1, 'otto', 'POST', stop)).status).toBe(200);
  });

  it('a sign-out on one replica ends the session on the other', async () => {
    const out = await call(1, 'otto', 'GET', '/api/session/oidc/logout');
    expect(out.status).toBe(303);
    expect((await call(0, 'otto', 'GET', '/api/session')).status).toBe(401);
    expect((await call(0, 'olga', 'GET', '/api/session')).status).toBe(200);
  });
});
