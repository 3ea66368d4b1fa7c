import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed003CatalogFreeFlavorBody, seed004CreateBody } from '@console/shared/fixtures';
import { IDP_CLIENT, signInThroughIdp } from '../test-support/oidc-idp.js';
import { AKSK, DEMO_KEY, portalFile, startPortalStack } from '../test-support/portal-stack.js';
import { CSRF } from '../test-support/stack.js';

type Stack = Awaited<ReturnType<typeof startPortalStack>>;

/** Everything the browser and the log saw, searched for secrets at the end. */
const seen: string[] = [];

describe('team portal: single sign-on through a real OIDC provider, AK/SK service account', () => {
  let s: Stack;
  const logLines: string[] = [];
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    s = await startPortalStack(portalFile(AKSK), { config: { logLevel: 'debug' }, logTo: sink });
  }, 60_000);
  afterAll(() => s?.stop());

  async function call(person: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${s.base}${path}`, {
      method,
      headers: {
        cookie: cookies.get(person) ?? '',
        origin: s.base,
        ...CSRF,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    seen.push(text, JSON.stringify([...res.headers]));
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async function signIn(person: string) {
    const r = await signInThroughIdp(s.base, person);
    seen.push(JSON.stringify([...r.cookies]), r.location ?? '');
    const [name, value] = [...r.cookies].find(([k]) => k === 'mac_sid') ?? [];
    if (name) cookies.set(person, `${name}=${value}`);
    return r;
  }

  it('tells the sign-in page to offer single sign-on, and refuses a password sign-in', async () => {
    expect((await call('x', 'GET', '/api/session/options')).body).toEqual({ auth_mode: 'oidc' });
    expect((await call('x', 'POST', '/api/session', { domain: 'demo' })).status).toBe(404);
  });

  it('a viewer signs in, reads through the service account, and may not change anything', async () => {
    const r = await signIn('vera');
    expect([r.status, r.location]).toEqual([303, '/']);
    const me = await call('vera', 'GET', '/api/session');
    expect(me.body).toMatchObject({ user: 'vera', role: 'viewer', project: { name: 'eu-de' } });
    // the emulator verified the AK/SK signature of each of these
    expect((await call('vera', 'GET', '/api/v1/training-jobs?per_page=10&page=1')).status).toBe(
      200,
    );
    expect((await call('vera', 'POST', '/api/v2/training-job-searches', {})).status).toBe(200);
    const create = await call('vera', 'POST', '/api/v1/training-jobs', seed004CreateBody);
    expect(create).toMatchObject({ status: 403, body: { error_code: 'Console.0403' } });
    expect(create.body.error_msg).toBe(
      'Your role in eu-de is viewer; to change jobs and configurations you need operator',
    );
  });

  it('an operator creates a job; only an admin deletes it; the admin reads both in the audit trail', async () => {
    await signIn('otto');
    await signIn('ada');
    const created = await call('otto', 'POST', '/api/v1/training-jobs', {
      ...seed004CreateBody,
      job_name: 'portal_job_1',
    });
    expect(created.status).toBe(200);
    const jobId = String(created.body.job_id);
    const refused = await call('otto', 'DELETE', `/api/v1/training-jobs/${jobId}`);
    expect(refused).toMatchObject({ status: 403, body: { error_code: 'Console.0403' } });
    expect((await call('ada', 'DELETE', `/api/v1/training-jobs/${jobId}`)).status).toBe(200);

    expect((await call('otto', 'GET', '/api/audit')).status).toBe(403);
    const audit = await call('ada', 'GET', '/api/audit');
    expect(audit.body.entries).toEqual([
      expect.objectContaining({
        user: 'ada',
        role: 'admin',
        method: 'DELETE',
        job: jobId,
        status: 200,
      }),
      expect.objectContaining({
        user: 'otto',
        role: 'operator',
        method: 'DELETE',
        job: jobId,
        status: 403,
      }),
      expect.objectContaining({
        user: 'otto',
        role: 'operator',
        method: 'POST',
        job: 'portal_job_1',
        status: 200,
      }),
      expect.objectContaining({ user: 'vera', role: 'viewer', method: 'POST', status: 403 }),
    ]);
    const onlyOtto = await call('ada', 'GET', '/api/audit?user=otto');
    expect((onlyOtto.body.entries as unknown[]).length).toBe(2);
    const byJob = await call('ada', 'GET', `/api/audit?job=${jobId}`);
    expect((byJob.body.entries as unknown[]).length).toBe(2);
  });

  it('an operator stops only their own jobs (v1: the portal’s record; v2: the creator annotation)', async () => {
    await signIn('olga');
    const v1 = await call('otto', 'POST', '/api/v1/training-jobs', {
      ...seed004CreateBody,
      job_name: 'portal_job_2',
    });
    expect(v1.status).toBe(200);
    const stopV1 = `/api/v1/training-jobs/${String(v1.body.job_id)}/versions/${String(v1.body.version_id)}/stop`;
    const refused = await call('olga', 'POST', stopV1);
    expect(refused).toMatchObject({ status: 403, body: { error_code: 'Console.0403' } });
    expect(refused.body.error_msg).toBe(
      "This job is otto's: as an operator you may stop only your own jobs",
    );
    expect((await call('otto', 'POST', stopV1)).status).toBe(200);

    const v2 = await call('olga', 'POST', '/api/v2/training-jobs', {
      ...seed003CatalogFreeFlavorBody,
      metadata: { ...seed003CatalogFreeFlavorBody.metadata, name: 'portal_v2_job' },
    });
    expect(v2.status).toBe(201);
    const meta = v2.body.metadata as { id: string; annotations?: Record<string, string> };
    expect(meta.annotations).toMatchObject({ 'modelarts-console/created-by': 'olga' });
    const stopV2 = `/api/v2/training-jobs/${meta.id}/actions`;
    expect((await call('otto', 'POST', stopV2, { action_type: 'terminate' })).status).toBe(403);
    expect((await call('olga', 'POST', stopV2, { action_type: 'terminate' })).status).toBe(202);
    expect((await call('ada', 'POST', stopV1)).status).not.toBe(403); // an admin stops any job
  });

  it('someone without a role in any project is sent back to the sign-in page, without a session', async () => {
    const r = await signIn('nobody');
    expect([r.status, r.location]).toEqual([303, '/login?error=no_role']);
    expect(cookies.has('nobody')).toBe(false);
  });

  it('a callback without its sign-in (forged or replayed) creates no session', async () => {
    const res = await fetch(`${s.base}/api/session/oidc/callback?code=abc&state=forged`, {
      redirect: 'manual',
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/login?error=expired']);
    expect(res.headers.getSetCookie().join()).not.toContain('mac_sid=');
  });

  it('signing out ends the session and the provider’s', async () => {
    const res = await fetch(`${s.base}/api/session/oidc/logout`, {
      redirect: 'manual',
      headers: { cookie: cookies.get('vera')! },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(new RegExp(`^${s.idp.issuer}/session/end\\?`));
    expect((await call('vera', 'GET', '/api/session')).status).toBe(401);
  });

  it('no secret reached the browser or the log', async () => {
    const everything = [...seen, ...logLines].join('\n');
    expect(everything).toContain('vera'); // the search does see what was exchanged
    for (const secret of [DEMO_KEY.sk, IDP_CLIENT.secret]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./); // no JWT (ID token)
  });
});
