import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004CreateBody } from '@console/shared/fixtures';
import { DEMO_ACCOUNT } from '../demo-account.js';
import { readStoredState } from '../store/state-files.js';
import { createTestEmulator, type TestEmulator } from '../test-support.js';
import { errorHandler, notFound } from './error-handler.js';

let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator();
  token = await t.login();
});
afterAll(async () => t.cleanup());

const post = (path: string, raw: string) =>
  request(t.app)
    .post(path)
    .set('X-Auth-Token', token)
    .set('content-type', 'application/json')
    .send(raw);
const v1 = (p: string) => `/v1/${DEMO_ACCOUNT.projectId}${p}`;
const v2 = (p: string) => `/v2/${DEMO_ACCOUNT.projectId}${p}`;

const TEN_MB = JSON.stringify({ job_name: 'big', job_desc: 'x'.repeat(10 * 1024 * 1024) });
const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

describe('a 10 MB body', () => {
  it.each([
    ['v1', v1('/training-jobs')],
    ['v1 configs', v1('/training-job-configs')],
  ])('answers 413 ModelArts.4104 in the v1 envelope (%s)', async (_api, path) => {
    const res = await post(path, TEN_MB);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.4104' });
    expect(res.body.error_message).toMatch(/exceeds the maximum size allowed \(2 MB\)/);
  });

  it('answers 413 in the v2 shape under /v2 and the IAM shape under /v3', async () => {
    const res = await post(v2('/training-jobs'), TEN_MB);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      error_code: 'ModelArts.4104',
      error_msg: expect.stringMatching(/exceeds the maximum size allowed/),
      error_solution: 'Send a smaller request body.',
    });
    const iam = await post('/v3/auth/tokens', TEN_MB);
    expect(iam.status).toBe(413);
    expect(iam.body).toMatchObject({
      error: { code: 413, title: 'Payload Too Large' },
      error_code: 'ModelArts.4104',
    });
  });
});

describe('a 10 000-deep body', () => {
  it.each([
    ['an array to v1 create', v1('/training-jobs'), deepArray(10_000), '[0][0][0]…'],
    ['an object to v1 create', v1('/training-jobs'), deepObject(10_000), 'a.a.a…'],
  ])('answers 400 ModelArts.0101 naming where it went deep: %s', async (_what, path, raw, at) => {
    const res = await post(path, raw);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      is_success: false,
      error_code: 'ModelArts.0101',
      error_message: `Invalid Argument: ${at}: the request body nests deeper than 64 levels`,
    });
  });

  it('answers 400 ModelArts.2788 under /v2, and such a body is never stored', async () => {
    const tree = `{"metadata":{"name":"deep_algo"},"job_config":{"code_tree":${deepArray(10_000)}}}`;
    const res = await post(v2('/algorithms'), tree);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'ModelArts.2788',
      error_msg:
        'InvalidParam: job_config.code_tree[0]…: the request body nests deeper than 64 levels',
    });
    const job = await post(v2('/training-jobs'), deepObject(10_000));
    expect([job.status, job.body.error_code]).toEqual([400, 'ModelArts.2788']);
    // the state can still be written (JSON.stringify throws on a 10 000-deep value)
    await t.emulator.ctx.store.flush();
    const state = readStoredState(t.emulator.ctx.paths.stateFile, t.emulator.ctx.log);
    expect(JSON.stringify(state)).not.toContain('deep_algo');
  });

  it('still takes a real body, and bad JSON stays 400 ModelArts.2787', async () => {
    const ok = await post(v1('/training-jobs'), JSON.stringify(seed004CreateBody));
    expect(ok.status).toBe(200);
    await t.emulator.ctx.runner.end(Number(ok.body.version_id), 'deleting');
    const bad = await post(v1('/training-jobs'), '{bad');
    expect([bad.status, bad.body.error_code]).toEqual([400, 'ModelArts.2787']);
  });
});

describe('unknown routes', () => {
  it.each([
    ['/nope', { error_code: 'APIGW.0101' }],
    ['/__obs/nothing/here', { error_code: 'APIGW.0101' }],
    ['/v3/nope', { error: { code: 404, title: 'Not Found' }, error_code: 'APIGW.0101' }],
    [v1('/nope'), { is_success: false, error_code: 'APIGW.0101' }],
    [v2('/nope'), { error_code: 'APIGW.0101' }],
  ])('%s → JSON 404 in its API shape', async (path, body) => {
    const res = await request(t.app).get(path).set('X-Auth-Token', token);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject(body);
  });
});

describe('an unexpected error', () => {
  it('is logged and answered 500 (a bug, not a client error)', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = express();
    app.get('/v1/p/boom', () => {
      throw new Error('boom');
    });
    app.use(notFound);
    app.use(errorHandler(pino({ level: 'error' }, sink)));
    const res = await request(app).get('/v1/p/boom');
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0010' });
    expect(lines.join('')).toMatch(/"msg":"unexpected error"/);
    expect(lines.join('')).toContain('boom');
  });
});
