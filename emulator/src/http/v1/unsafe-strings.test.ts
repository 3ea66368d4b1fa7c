import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed002ImageBody, seed004CreateBody } from '@console/shared/fixtures';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';

// Before the shared rule set, a NUL here was accepted and `spawn` threw from a timer a second later.
let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

const call = (method: 'get' | 'post', path: string, body?: object) => {
  const r = request(t.app)[method](`/v1/${t.pid}${path}`).set('X-Auth-Token', token);
  return body ? r.send(body) : r;
};
const image = (name: string, config: Record<string, unknown>) => ({
  ...seed002ImageBody,
  job_name: name,
  config: { ...seed002ImageBody.config, ...config },
});
const code = (name: string, config: Record<string, unknown>) => ({
  ...seed004CreateBody,
  job_name: name,
  config: { ...seed004CreateBody.config, ...config },
});

describe('v1 strings that would reach a process or a path', () => {
  it.each([
    [
      'a NUL in user_command',
      image('nul_cmd', { user_command: 'bash run.sh\u0000 x' }),
      'Invalid Argument: config.user_command: user_command must not contain a NUL character',
    ],
    [
      'a NUL in a parameter value',
      code('nul_param', { parameter: [{ label: 'lr', value: '0.1\u0000' }] }),
      'Invalid Argument: config.parameter[0].value: value must not contain a NUL character',
    ],
    [
      'an absolute URL as app_url',
      code('url_app', { app_url: 'https://evil.example/x/' }),
      'Invalid Argument: config.app_url: app_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ],
    [
      'a climbing boot file',
      code('climb', { boot_file_url: '/test-modelarts/mnist-tensorflow-code/../../../etc/x.py' }),
      'Invalid Argument: config.boot_file_url: boot_file_url must not contain a ".." segment',
    ],
  ])('refuses %s with 400 naming the field, and creates no job', async (_what, body, message) => {
    const before = (await call('get', '/training-jobs')).body.job_total_count as number;
    const res = await call('post', '/training-jobs', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0101' });
    expect(res.body.error_message).toBe(message);
    expect((await call('get', '/training-jobs')).body.job_total_count).toBe(before);
    expect(t.emulator.ctx.store.state.jobs.some((j) => j.job_name === body.job_name)).toBe(false);
  });

  it('refuses a NUL in a new version too', async () => {
    const created = await call('post', '/training-jobs', code('base_job', {}));
    expect(created.status).toBe(200);
    const { job_id, version_id } = created.body as { job_id: number; version_id: number };
    const res = await call('post', `/training-jobs/${job_id}/versions`, {
      config: {
        ...seed004CreateBody.config,
        pre_version_id: version_id,
        parameter: [{ label: 'x', value: '\u0000' }],
      },
    });
    expect([res.status, res.body.error_message]).toEqual([
      400,
      'Invalid Argument: config.parameter[0].value: value must not contain a NUL character',
    ]);
    const versions = await call('get', `/training-jobs/${job_id}/versions`);
    expect(versions.body.version_count).toBe(1);
  });
});
