import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed002ImageBody, seed003CatalogCustomImageBody } from '@console/shared/fixtures';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

/**
 * Bodies the BFF refuses before the upstream is called: 400 with `field` and not one request at
 * the (real) emulator. Positive controls show the same routes still reach it with good bodies.
 */
describe('BFF pre-flight validation against a real emulator', () => {
  let s: Stack;
  let cookie: string;
  beforeAll(async () => {
    s = await startStack();
    cookie = await s.login();
  }, 60_000);
  afterAll(async () => s?.stop());

  const post = (path: string, body?: unknown) => {
    const r = request(s.base).post(path).set('Cookie', cookie).set(CSRF);
    return body === undefined ? r : r.send(body as object);
  };
  const upstreamPaths = async () => (await s.requests()).map((r) => r.path);
  const image = (config: Record<string, unknown>) => ({
    ...seed002ImageBody,
    config: { ...seed002ImageBody.config, ...config },
  });
  const v2Image = (algorithm: Record<string, unknown>) => ({
    ...seed003CatalogCustomImageBody,
    metadata: { name: 'bff_preflight' },
    algorithm: { ...seed003CatalogCustomImageBody.algorithm, ...algorithm },
  });

  it.each([
    [
      'a NUL in v1 user_command',
      '/api/v1/training-jobs',
      image({ user_command: 'bash run.sh\u0000' }),
      'config.user_command',
      'user_command must not contain a NUL character',
    ],
    [
      'a NUL in a v1 parameter value',
      '/api/v1/training-jobs',
      image({ parameter: [{ label: 'CUSTOM_PARAM1', value: '1\u0000' }] }),
      'config.parameter.0.value',
      'value must not contain a NUL character',
    ],
    [
      'an absolute URL as v1 app_url',
      '/api/v1/training-jobs',
      image({ app_url: 'https://evil.example/x/' }),
      'config.app_url',
      'app_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ],
    [
      'a climbing v1 train_url',
      '/api/v1/training-jobs',
      image({ train_url: '/usr/../../etc/' }),
      'config.train_url',
      'train_url must not contain a ".." segment',
    ],
    [
      'a body on v1 version stop',
      '/api/v1/training-jobs/1/versions/2/stop',
      { force: true },
      'force',
      'force: this request takes no body',
    ],
    [
      'a body on visualization stop',
      '/api/v1/visualization-jobs/1/stop',
      { now: 1 },
      'now',
      'now: this request takes no body',
    ],
    [
      'a body on visualization restart',
      '/api/v1/visualization-jobs/1/restart',
      { again: 1 },
      'again',
      'again: this request takes no body',
    ],
    [
      'a NUL in a v2 environment value',
      '/api/v2/training-jobs',
      v2Image({ environments: { NCCL_DEBUG: 'INFO\u0000' } }),
      'algorithm.environments.NCCL_DEBUG',
      'environments: a value must not contain a NUL character',
    ],
    [
      'a v2 search page size over 50',
      '/api/v2/training-job-searches',
      { offset: 0, limit: 51 },
      'limit',
      'limit must be between 1 and 50',
    ],
    [
      'a NUL in a v2 search filter',
      '/api/v2/training-job-searches',
      { filters: [{ key: 'name', operator: 'like', value: ['x\u0000'] }] },
      'filters.0.value.0',
      'filters[].value must not contain a NUL character',
    ],
    [
      'a body on v2 early stop',
      '/api/v2/training-jobs/job-1/autosearch-trial-earlystop/ae544174',
      { reason: 'x' },
      'reason',
      'reason: this request takes no body',
    ],
  ])(
    'refuses %s: 400 naming the field, nothing sent upstream',
    async (_what, path, body, field, message) => {
      await s.clearRequests();
      const res = await post(path, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error_code: 'Console.0400', field });
      expect(res.body.error_msg).toContain(message);
      expect(await upstreamPaths()).toEqual([]);
    },
  );

  it('still forwards good bodies of those routes', async () => {
    await s.clearRequests();
    const search = await post('/api/v2/training-job-searches', {
      offset: 0,
      limit: 10,
      filters: [{ key: 'name', operator: 'like', value: ['bff'] }],
    });
    expect(search.status).toBe(200);
    // no body: the emulator answers (unknown job / trial), so the request did go upstream
    await post('/api/v1/training-jobs/1/versions/2/stop');
    await post('/api/v1/visualization-jobs/1/restart', {});
    await post('/api/v2/training-jobs/job-1/autosearch-trial-earlystop/ae544174');
    const pid = s.emulator.projectId;
    expect(await upstreamPaths()).toEqual([
      `/v2/${pid}/training-job-searches`,
      `/v1/${pid}/training-jobs/1/versions/2/stop`,
      `/v1/${pid}/visualization-jobs/1/restart`,
      `/v2/${pid}/training-jobs/job-1/autosearch-trial-earlystop/ae544174`,
    ]);
  });
});
