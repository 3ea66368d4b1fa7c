import request from 'supertest';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004CreateBody } from '@console/shared/fixtures';
import { deepField, invalidArgument, V1Error } from '../domain/v1/errors.js';
import { createTestEmulator, type TestEmulator } from '../test-support.js';

/** The exact v1 envelopes (catalog §2.1, §6) of the documented v1 failures, over HTTP in process. */
let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ jobQuota: 1 });
  token = await t.login();
});
afterAll(async () => t.cleanup());

const v1 = (status: number, code: string, msg: string) => [
  status,
  { is_success: false, error_code: code, error_message: msg, error_msg: msg },
];
const jobs = (p = '') => `/v1/${t.pid}/training-jobs${p}`;
const answer = async (p: request.Test) => {
  const res = await p.set('X-Auth-Token', token);
  return [res.status, res.body] as const;
};
const post = (path: string, raw: string) =>
  answer(request(t.app).post(path).set('content-type', 'application/json').send(raw));

describe('v1 errors without a job', () => {
  it('unknown routes, with or without a project: 404 APIGW.0101', async () => {
    const route = 'The API does not exist or has not been published in the environment';
    expect(await answer(request(t.app).get('/v1'))).toEqual(v1(404, 'APIGW.0101', route));
    expect(await answer(request(t.app).get(`/v1/${t.pid}/nope`))).toEqual(
      v1(404, 'APIGW.0101', route),
    );
  });

  it('an unknown job: 404 ModelArts.2775', async () => {
    expect(await answer(request(t.app).get(jobs('/424242/versions')))).toEqual(
      v1(404, 'ModelArts.2775', 'TrainingJobNotFound: training job 424242 does not exist'),
    );
  });

  it('a body that is not JSON (400 2787) or not an object (400 0101)', async () => {
    expect(await post(jobs(), '{bad')).toEqual(
      v1(400, 'ModelArts.2787', 'InvalidJsonBody: the request body is not valid JSON'),
    );
    expect(await post(jobs(), '[1]')).toEqual(
      v1(400, 'ModelArts.0101', 'Invalid Argument: Invalid input: expected object, received array'),
    );
  });
});

describe('v1 errors about a job', () => {
  let job = 0;
  let version = 0;
  beforeAll(async () => {
    const res = await post(jobs(), JSON.stringify(seed004CreateBody));
    expect(res[0]).toBe(200);
    job = Number((res[1] as { job_id: number }).job_id);
    version = Number((res[1] as { version_id: number }).version_id);
    await t.emulator.ctx.runner.end(version, 'stopping');
  });

  it('an unknown version: 404 ModelArts.2775', async () => {
    expect(await answer(request(t.app).get(jobs(`/${job}/versions/999999`)))).toEqual(
      v1(
        404,
        'ModelArts.2775',
        `TrainingJobNotFound: version 999999 of training job ${job} does not exist`,
      ),
    );
  });

  it('stopping a version that is not running: 409 ModelArts.2796', async () => {
    expect(await post(jobs(`/${job}/versions/${version}/stop`), '')).toEqual(
      v1(
        409,
        'ModelArts.2796',
        `NotAllowedToTerminate: version ${version} of job ${job} is not running`,
      ),
    );
  });

  it('a job over the quota: 400 ModelArts.0118', async () => {
    const body = JSON.stringify({ ...seed004CreateBody, job_name: 'over_quota' });
    expect(await post(jobs(), body)).toEqual(
      v1(400, 'ModelArts.0118', 'QuotaInsufficient: at most 1 training jobs allowed'),
    );
  });
});

describe('the v1 error helpers', () => {
  it('a V1Error is named so in logs and stacks', () => {
    const err = new V1Error(404, 'ModelArts.2775', 'gone');
    expect([err.name, err.status, err.code, err.message]).toEqual([
      'V1Error',
      404,
      'ModelArts.2775',
      'gone',
    ]);
  });

  it('invalidArgument without an issue: 400 ModelArts.0101 "Invalid Argument."', () => {
    expect(invalidArgument(new z.ZodError([]))).toMatchObject({
      status: 400,
      code: 'ModelArts.0101',
      message: 'Invalid Argument.',
    });
  });

  it('deepField shows three levels, with … only when there are more', () => {
    expect(deepField([])).toBe('');
    expect(deepField(['a', 0, 'b'])).toBe('a[0].b');
    expect(deepField(['a', 0, 'b', 'c'])).toBe('a[0].b…');
  });
});
