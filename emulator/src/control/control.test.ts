import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEmulator, tokenBody, type TestEmulator } from '../test-support.js';

let t: TestEmulator;
afterEach(async () => t?.cleanup());

describe('control surface', () => {
  it('is absent unless enabled', async () => {
    t = await createTestEmulator();
    expect((await request(t.app).get('/__control/requests')).status).toBe(404);
  });

  it('records requests with passwords scrubbed, lists and expires tokens', async () => {
    t = await createTestEmulator({ control: true });
    const token = await t.login();
    await request(t.app)
      .get(`/v1/${t.pid}/job/ai-engines?job_type=train`)
      .set('X-Auth-Token', token);
    const { requests } = (await request(t.app).get('/__control/requests')).body;
    expect(requests.map((r: { method: string; path: string }) => `${r.method} ${r.path}`)).toEqual([
      'POST /v3/auth/tokens',
      `GET /v1/${t.pid}/job/ai-engines`,
    ]);
    expect(requests[0].body.auth.identity.password.user.password).toBe('******');
    expect(requests[1].query).toEqual({ job_type: 'train' });
    const { tokens } = (await request(t.app).get('/__control/tokens')).body;
    expect(tokens).toEqual([expect.objectContaining({ token, user: 'demo', project_id: t.pid })]);
    await request(t.app).post('/__control/tokens/expire');
    const res = await request(t.app).get(`/v1/${t.pid}/job/ai-engines`).set('X-Auth-Token', token);
    expect(res.body.error_code).toBe('ModelArts.0202');
    await request(t.app).delete('/__control/requests');
    expect((await request(t.app).get('/__control/requests')).body.requests).toEqual([]);
  });

  it('injects failures for a path prefix, a number of times, and latency', async () => {
    t = await createTestEmulator({ control: true });
    const token = await t.login();
    const specs = `/v1/${t.pid}/job/resource-specs`;
    const set = await request(t.app)
      .post('/__control/faults')
      .send({
        latency_ms: 50,
        fail: { status: 503, body: { error_code: 'ModelArts.2950' }, count: 1, path_prefix: specs },
      });
    expect(set.status).toBe(200);
    const started = Date.now();
    const first = await request(t.app).get(specs).set('X-Auth-Token', token);
    expect(first.status).toBe(503);
    expect(first.body).toEqual({ error_code: 'ModelArts.2950' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect((await request(t.app).get(specs).set('X-Auth-Token', token)).status).toBe(200);
    await request(t.app).delete('/__control/faults');
    expect((await request(t.app).post('/__control/faults').send({ latency_ms: -1 })).status).toBe(
      400,
    );
  });

  it('drops connections without answering', async () => {
    t = await createTestEmulator({ control: true });
    await request(t.app)
      .post('/__control/faults')
      .send({ drop: { count: 1 } });
    await expect(request(t.app).post('/v3/auth/tokens').send(tokenBody())).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    expect((await request(t.app).post('/v3/auth/tokens').send(tokenBody())).status).toBe(201);
  });
});
