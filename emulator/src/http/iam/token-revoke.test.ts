import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../demo-account.js';
import { DEFAULT_USERS_FILE } from '../../paths.js';
import { createTestEmulator, tokenBody, type TestEmulator } from '../../test-support.js';

let t: TestEmulator;
afterEach(async () => t?.cleanup());

const specs = (pid: string) => `/v1/${pid}/job/resource-specs`;
const revoke = (
  app: TestEmulator['app'],
  caller: string | undefined,
  subject: string | undefined,
) => {
  const req = request(app).delete('/v3/auth/tokens');
  if (caller !== undefined) req.set('X-Auth-Token', caller);
  if (subject !== undefined) req.set('X-Subject-Token', subject);
  return req;
};

describe('IAM DELETE /v3/auth/tokens', () => {
  it('answers 204 and the token is then refused by ModelArts with 401 ModelArts.0203', async () => {
    t = await createTestEmulator();
    const token = await t.login();
    const other = await t.login();
    await request(t.app).get(specs(t.pid)).set('X-Auth-Token', token).expect(200);
    const res = await revoke(t.app, token, token);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const after = await request(t.app).get(specs(t.pid)).set('X-Auth-Token', token);
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0203' });
    // Only that token: another one of the same user still works.
    await request(t.app).get(specs(t.pid)).set('X-Auth-Token', other).expect(200);
    const control = t.emulator.ctx.tokens.issued.find((i) => i.token === token);
    expect(control?.revoked).toBe(true);
  });

  it("lets a token of the same user delete another one, but not another user's", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-users-'));
    const usersFile = path.join(dir, 'users.json');
    const users = JSON.parse(fs.readFileSync(DEFAULT_USERS_FILE, 'utf8'));
    users.domains[0].users.push({ name: 'eve', id: 'eve-id', password: 'eve' });
    fs.writeFileSync(usersFile, JSON.stringify(users));
    t = await createTestEmulator({ usersFile });
    const caller = await t.login();
    const subject = await t.login(DEMO_ACCOUNT.otherProject);
    await revoke(t.app, caller, subject).expect(204);
    await revoke(t.app, caller, subject).expect(404);
    const eve = await request(t.app)
      .post('/v3/auth/tokens')
      .send(tokenBody({ user: 'eve', password: 'eve' }));
    const forbidden = await revoke(t.app, String(eve.headers['x-subject-token']), caller);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toMatchObject({ code: 403, title: 'Forbidden' });
    await request(t.app).get(specs(t.pid)).set('X-Auth-Token', caller).expect(200);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['no X-Auth-Token', undefined],
    ['an unknown X-Auth-Token', 'MIInot-a-real-token'],
  ])('refuses %s with the IAM 401 body', async (_label, caller) => {
    t = await createTestEmulator();
    const token = await t.login();
    const res = await revoke(t.app, caller, token);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error_code: 'APIGW.0301', error_msg: expect.any(String) });
    expect(res.body.error_msg).toMatch(/^Incorrect IAM authentication information/);
    await request(t.app).get(specs(t.pid)).set('X-Auth-Token', token).expect(200);
  });

  it('answers 400 without X-Subject-Token and 404 for a token it never issued', async () => {
    t = await createTestEmulator();
    const token = await t.login();
    const none = await revoke(t.app, token, undefined);
    expect(none.status).toBe(400);
    expect(none.body).toEqual({ error_code: '1100', error_msg: expect.any(String) });
    const unknown = await revoke(t.app, token, 'MIInever-issued');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: { code: 404, message: 'Could not find token.', title: 'Not Found' },
    });
  });

  it('keeps a deleted token deleted across a restart', async () => {
    t = await createTestEmulator();
    const token = await t.login();
    await revoke(t.app, token, token).expect(204);
    await t.emulator.shutdown();
    const { createEmulator } = await import('../../emulator.js');
    const { createEmulatorApp } = await import('../app.js');
    const again = createEmulator({ dataDir: t.dataDir });
    const res = await request(createEmulatorApp(again.ctx))
      .get(specs(t.pid))
      .set('X-Auth-Token', token);
    await again.shutdown();
    expect(res.body.error_code).toBe('ModelArts.0203');
  });
});
