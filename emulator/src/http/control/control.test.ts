import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { restCreateConfigBody } from '@console/shared/fixtures';
import { createTestEmulator, tokenBody, type TestEmulator } from '../../test-support.js';

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

  it('sends extra headers with an injected failure, and matches faults by method', async () => {
    t = await createTestEmulator({ control: true });
    const token = await t.login();
    const specs = `/v1/${t.pid}/job/resource-specs`;
    await request(t.app)
      .post('/__control/faults')
      .send({
        fail: { status: 429, body: {}, headers: { 'Retry-After': '2' }, count: 1, method: 'GET' },
        drop: { count: 1, method: 'DELETE' },
      })
      .expect(200);
    const throttled = await request(t.app).get(specs).set('X-Auth-Token', token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('2');
    expect((await request(t.app).get(specs).set('X-Auth-Token', token)).status).toBe(200);
    const bad = await request(t.app)
      .post('/__control/faults')
      .send({ fail: { status: 500, count: 1, headers: { 'bad header': 'x' } } });
    expect(bad.status).toBe(400);
  });

  it('lets the handler run, then resets the connection instead of answering (reset_after)', async () => {
    t = await createTestEmulator({ control: true });
    const token = await t.login();
    const configs = `/v1/${t.pid}/training-job-configs`;
    await request(t.app)
      .post('/__control/faults')
      .send({ reset_after: { count: 1, method: 'POST', path_prefix: configs } })
      .expect(200);
    // The GET does not match (method), the POST is carried out but never answered.
    expect((await request(t.app).get(configs).set('X-Auth-Token', token)).status).toBe(200);
    await expect(
      request(t.app).post(configs).set('X-Auth-Token', token).send(restCreateConfigBody),
    ).rejects.toThrow(/socket hang up|ECONNRESET/);
    const list = await request(t.app).get(configs).set('X-Auth-Token', token);
    expect(list.body.configs.map((c: { config_name: string }) => c.config_name)).toContain(
      restCreateConfigBody.config_name,
    );
    const again = await request(t.app)
      .post(configs)
      .set('X-Auth-Token', token)
      .send({
        ...restCreateConfigBody,
        config_name: 'second_one',
      });
    expect(again.status).toBe(200);
  });
});
