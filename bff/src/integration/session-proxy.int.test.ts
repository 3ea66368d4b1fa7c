import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionInfoSchema } from '@console/shared';
import { seed004CreateBody } from '@console/shared/fixtures';
import { CSRF, DEMO, startStack, type Stack } from '../test-support/stack.js';

describe('BFF against a real emulator: sessions and the v1 proxy', () => {
  let s: Stack;
  let cookie: string;
  /** Every response the browser side saw, to prove the IAM token never leaves the BFF. */
  const seen: string[] = [];
  const record = <T extends { headers: unknown; text: string }>(r: T): T => {
    seen.push(JSON.stringify(r.headers), r.text ?? '');
    return r;
  };

  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('signs in: HttpOnly SameSite=Strict cookie, session info without the token', async () => {
    const r = record(await request(s.base).post('/api/session').set(CSRF).send(DEMO).expect(200));
    const setCookie = String(r.headers['set-cookie']?.[0]);
    expect(setCookie).toMatch(/^mac_sid=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    const info = SessionInfoSchema.parse(r.body);
    expect(info).toMatchObject({
      user: 'demo',
      domain: 'demo',
      project: { id: s.emulator.projectId, name: 'eu-de' },
    });
    const tokens = await s.tokens();
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(r.text).not.toContain(t);
    cookie = setCookie.split(';')[0] ?? '';
    const again = record(
      await request(s.base).get('/api/session').set('Cookie', cookie).expect(200),
    );
    expect(again.body).toEqual(r.body);
  });

  it('refuses a bad password with a clear 401', async () => {
    const r = record(
      await request(s.base)
        .post('/api/session')
        .set(CSRF)
        .send({ ...DEMO, password: 'nope' }),
    );
    expect(r.status).toBe(401);
    expect(r.body.error_code).toBe('Console.0402');
    expect(r.body.error_msg).toContain('The domain, username or password is wrong');
  });

  it('answers 404 off the allow-list without calling the upstream', async () => {
    await s.clearRequests();
    const a = record(
      await request(s.base).get('/api/v1/training-jobs/1/secret').set('Cookie', cookie),
    );
    const b = record(
      await request(s.base).delete('/api/v1/job/ai-engines').set('Cookie', cookie).set(CSRF),
    );
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(a.body.error_code).toBe('Console.0404');
    expect(await s.requests()).toEqual([]);
  });

  it('refuses unsafe calls without the CSRF header or from another origin', async () => {
    await s.clearRequests();
    const a = record(
      await request(s.base)
        .post('/api/v1/training-jobs')
        .set('Cookie', cookie)
        .send(seed004CreateBody),
    );
    const b = record(
      await request(s.base)
        .post('/api/v1/training-jobs')
        .set('Cookie', cookie)
        .set(CSRF)
        .set('Origin', 'http://evil.example')
        .send(seed004CreateBody),
    );
    expect([a.status, b.status]).toEqual([403, 403]);
    expect(b.body.error_code).toBe('Console.0403');
    expect(await s.requests()).toEqual([]);
  });

  it("proxies resource specs with the emulator's specs", async () => {
    const r = record(
      await request(s.base)
        .get('/api/v1/job/resource-specs?job_type=train')
        .set('Cookie', cookie)
        .expect(200),
    );
    const codes = (r.body.specs as { spec_code: string; spec_id: number }[]).map(
      (x) => x.spec_code,
    );
    expect(codes).toEqual(expect.arrayContaining(['modelarts.vm.cpu.2u', 'modelarts.vm.cpu.8u']));
    expect(r.headers['set-cookie']).toBeUndefined();
    const upstream = (await s.requests()).at(-1);
    expect(upstream?.path).toBe(`/v1/${s.emulator.projectId}/job/resource-specs`);
  });

  it('answers a bad create body with 400 naming the field, without calling the upstream', async () => {
    await s.clearRequests();
    const body = {
      ...seed004CreateBody,
      config: { ...seed004CreateBody.config, worker_server_num: 0 },
    };
    const r = record(
      await request(s.base)
        .post('/api/v1/training-jobs')
        .set('Cookie', cookie)
        .set(CSRF)
        .send(body),
    );
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error_code: 'Console.0400', field: 'config.worker_server_num' });
    expect(r.body.error_msg).toContain('config.worker_server_num');
    expect(await s.requests()).toEqual([]);
  });

  // Runs the shipped seed-004 sample script unchanged (about 25 s).
  it('creates the seed-004 job from the body as it is, sees it complete, deletes it', async () => {
    const created = record(
      await request(s.base)
        .post('/api/v1/training-jobs')
        .set('Cookie', cookie)
        .set(CSRF)
        .send(seed004CreateBody),
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      is_success: true,
      job_name: 'jobtest_TF',
      version_name: 'V0001',
    });
    const upstreamCreate = (await s.requests()).find((x) => x.method === 'POST');
    expect(upstreamCreate?.body).toEqual(seed004CreateBody);

    const { job_id: jobId, version_id: versionId } = created.body as Record<string, number>;
    let status = 0;
    const deadline = Date.now() + 110_000;
    while (Date.now() < deadline) {
      const v = record(
        await request(s.base)
          .get(`/api/v1/training-jobs/${jobId}/versions/${versionId}`)
          .set('Cookie', cookie),
      );
      status = Number(v.body.status);
      if (status === 10 || status === 11) break;
      await sleep(500);
    }
    expect(status).toBe(10);
    const dup = record(
      await request(s.base)
        .post('/api/v1/training-jobs')
        .set('Cookie', cookie)
        .set(CSRF)
        .send(seed004CreateBody),
    );
    expect(dup.status).toBe(400);
    expect(dup.body.error_code).toBe('ModelArts.0103');
    record(
      await request(s.base)
        .delete(`/api/v1/training-jobs/${jobId}`)
        .set('Cookie', cookie)
        .set(CSRF)
        .expect(200),
    );
  }, 120_000);

  it('signs out', async () => {
    record(
      await request(s.base).delete('/api/session').set('Cookie', cookie).set(CSRF).expect(204),
    );
    record(await request(s.base).get('/api/session').set('Cookie', cookie).expect(401));
    record(await request(s.base).get('/api/v1/training-jobs').set('Cookie', cookie).expect(401));
  });

  it('never showed the IAM token to the browser', async () => {
    const tokens = await s.tokens();
    expect(tokens.length).toBeGreaterThan(0);
    const all = seen.join('\n');
    expect(all.length).toBeGreaterThan(1000);
    for (const t of tokens) expect(all).not.toContain(t);
  });
});

describe('an upstream 401 for an expired token ends the console session (real emulator)', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(async () => {
    await s?.stop();
  });

  const session = async (cookie: string) =>
    (await request(s.base).get('/api/session').set('Cookie', cookie)).status;

  it('v1 and v2: the proxied call answers 401 Console.0401 and GET /api/session then says 401', async () => {
    const a = await s.login();
    const b = await s.login();
    expect([await session(a), await session(b)]).toEqual([200, 200]);
    await s.expireTokens();

    const v1 = await request(s.base).get('/api/v1/job/resource-specs').set('Cookie', a);
    expect(v1.status).toBe(401);
    expect(v1.body).toMatchObject({
      error_code: 'Console.0401',
      upstream_code: 'ModelArts.0202',
      request_id: expect.any(String),
    });
    expect(v1.body.error_msg).toContain('Your session has expired; sign in again');
    const v2 = await request(s.base).get('/api/v2/training-job-flavors').set('Cookie', b);
    expect(v2.status).toBe(401);
    expect(v2.body.error_code).toBe('Console.0401');

    expect([await session(a), await session(b)]).toEqual([401, 401]);
    const after = await request(s.base).get('/api/v1/job/resource-specs').set('Cookie', a);
    expect(after.status).toBe(401);
  });

  it('a 401 about rights (not the token) is handed on and the session stays', async () => {
    const c = await s.login();
    const body = { error_code: 'ModelArts.0112', error_msg: 'Failed to execute the policy.' };
    await s.faults({ fail: { status: 401, body, count: 1 } });
    const r = await request(s.base).get('/api/v1/job/resource-specs').set('Cookie', c);
    expect(r.status).toBe(401);
    expect(r.body).toEqual(body);
    expect(await session(c)).toBe(200);
  });
});
