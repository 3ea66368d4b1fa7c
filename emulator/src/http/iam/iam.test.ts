import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../demo-account.js';
import { createTestEmulator, tokenBody, type TestEmulator } from '../../test-support.js';

let t: TestEmulator;
afterEach(async () => t?.cleanup());

const specsPath = (pid: string) => `/v1/${pid}/job/resource-specs`;

describe('IAM tokens', () => {
  it('issues an MII token with a 24 h expiry and the project in the body', async () => {
    t = await createTestEmulator();
    const res = await request(t.app).post('/v3/auth/tokens').send(tokenBody());
    expect(res.status).toBe(201);
    expect(res.headers['x-subject-token']).toMatch(/^MII[A-Za-z0-9_-]{40,}$/);
    const { token } = res.body;
    expect(token.project).toMatchObject({ id: DEMO_ACCOUNT.projectId, name: 'eu-de' });
    expect(token.methods).toEqual(['password']);
    expect(token.user).toMatchObject({ name: 'demo', domain: { name: 'demo' } });
    const hours = (Date.parse(token.expires_at) - Date.parse(token.issued_at)) / 3_600_000;
    expect(hours).toBeCloseTo(24, 3);
    expect(token.expires_at).toMatch(/\.\d{6}Z$/);
    expect(JSON.stringify(res.body)).not.toContain(res.headers['x-subject-token']);
  });

  it('scopes by project id as well as by name', async () => {
    t = await createTestEmulator();
    const res = await request(t.app)
      .post('/v3/auth/tokens')
      .send(tokenBody({ project: { id: DEMO_ACCOUNT.otherProjectId } }));
    expect(res.status).toBe(201);
    expect(res.body.token.project.name).toBe('eu-nl');
  });

  it.each([
    ['a wrong password', tokenBody({ password: 'nope' })],
    ['an unknown project', tokenBody({ project: { name: 'ap-southeast-9' } })],
  ])('refuses %s with the IAM 401 body', async (_label, body) => {
    t = await createTestEmulator();
    const res = await request(t.app).post('/v3/auth/tokens').send(body);
    expect(res.status).toBe(401);
    expect(res.headers['x-subject-token']).toBeUndefined();
    expect(res.body).toEqual({
      error_code: 'APIGW.0301',
      error_msg: 'The username or password is wrong.',
    });
  });

  it('rejects a malformed token request with 400 naming the field', async () => {
    t = await createTestEmulator();
    const res = await request(t.app)
      .post('/v3/auth/tokens')
      .send({ auth: { identity: {} } });
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toMatch(/auth\.identity\.methods/);
  });
});

describe('ModelArts token check', () => {
  it('accepts a valid token for its own project', async () => {
    t = await createTestEmulator();
    const token = await t.login();
    const res = await request(t.app).get(specsPath(t.pid)).set('X-auth-Token', token);
    expect(res.status).toBe(200);
    expect(res.body.is_success).toBe(true);
  });

  it.each([
    ['missing', undefined, 401, 'ModelArts.0201'],
    ['garbled', 'MIInot-a-real-token', 401, 'ModelArts.0203'],
  ])('answers a %s token with %s %s', async (_label, token, status, code) => {
    t = await createTestEmulator();
    const req = request(t.app).get(specsPath(t.pid));
    const res = token ? await req.set('X-Auth-Token', token) : await req;
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ is_success: false, error_code: code });
    expect(res.body.error_msg).toBe(res.body.error_message);
  });

  it('answers an expired token with 401 ModelArts.0202', async () => {
    t = await createTestEmulator({ tokenTtlMs: 50 });
    const token = await t.login();
    // fixed-wait-ok: the token's 50 ms lifetime has to pass on the real clock
    await new Promise((r) => setTimeout(r, 80));
    const res = await request(t.app).get(specsPath(t.pid)).set('X-Auth-Token', token);
    expect(res.status).toBe(401);
    expect(res.body.error_code).toBe('ModelArts.0202');
  });

  it('answers a token of another project with 403 ModelArts.0210', async () => {
    t = await createTestEmulator();
    const token = await t.login(DEMO_ACCOUNT.otherProject);
    const res = await request(t.app).get(specsPath(t.pid)).set('X-Auth-Token', token);
    expect(res.status).toBe(403);
    expect(res.body.error_code).toBe('ModelArts.0210');
  });

  it('keeps tokens valid across a restart (stored as hashes only)', async () => {
    t = await createTestEmulator();
    const token = await t.login();
    await t.emulator.shutdown();
    const { createEmulator } = await import('../../emulator.js');
    const { createEmulatorApp } = await import('../app.js');
    const again = createEmulator({ dataDir: t.dataDir });
    const res = await request(createEmulatorApp(again.ctx))
      .get(specsPath(t.pid))
      .set('X-Auth-Token', token);
    await again.shutdown();
    expect(res.status).toBe(200);
    const { readStoredState } = await import('../../store/state-files.js');
    const stored = readStoredState(again.ctx.paths.stateFile, again.ctx.log);
    expect(stored.tokens.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(token);
  });
});
