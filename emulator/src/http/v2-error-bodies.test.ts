import request from 'supertest';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidParam } from '../domain/v2/v2-errors.js';
import {
  createV2TestEmulator,
  scriptJob,
  searchJob,
  type V2TestEmulator,
} from './v2/v2-test-support.js';

/** The exact v2 error bodies (catalog §2.2, §6) of the documented failures, over HTTP in process. */
let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator();
});
afterAll(async () => emu.cleanup());

const MISSING = '00000000-0000-4000-8000-000000000000';
const PARAMS = 'Check the request parameters.';
const v2Error = (status: number, code: string, msg: string, solution?: string) => ({
  status,
  body: { error_code: code, error_msg: msg, ...(solution ? { error_solution: solution } : {}) },
});
const answer = async (p: Promise<request.Response>) => {
  const res = await p;
  return { status: res.status, body: res.body as unknown };
};

describe('v2 errors without a job', () => {
  it('an unknown job: 400 ModelArts.2775', async () => {
    expect(await answer(emu.call('get', `/training-jobs/${MISSING}`))).toEqual(
      v2Error(400, 'ModelArts.2775', `TrainingJobNotFound: training job ${MISSING} does not exist`),
    );
  });

  it('an unknown route under the project: 404 APIGW.0101', async () => {
    expect(await answer(emu.call('get', '/nope'))).toEqual(
      v2Error(
        404,
        'APIGW.0101',
        'The API does not exist or has not been published in the environment',
      ),
    );
  });

  it('a body that is not JSON: 400 ModelArts.2787', async () => {
    const res = request(emu.app)
      .post(`${emu.base}/training-jobs`)
      .set('X-Auth-Token', emu.token)
      .set('content-type', 'application/json')
      .send('{bad');
    expect(await answer(res)).toEqual(
      v2Error(400, 'ModelArts.2787', 'InvalidJsonBody: the request body is not valid JSON'),
    );
  });

  it('a schema error names the field, or none for the body itself: 400 ModelArts.2788', async () => {
    const named = await answer(emu.call('post', '/training-job-searches', { limit: 'x' }));
    expect(named).toEqual(
      v2Error(400, 'ModelArts.2788', expect.stringMatching(/^InvalidParam: limit: \S/), PARAMS),
    );
    const root = await answer(emu.call('post', '/training-job-searches', [1]));
    expect(root).toEqual(
      v2Error(
        400,
        'ModelArts.2788',
        'InvalidParam: Invalid input: expected object, received array',
        PARAMS,
      ),
    );
  });

  it('a body nested too deep: 400 ModelArts.2788 with the solution', async () => {
    const deep = `{"offset":${'['.repeat(100)}${']'.repeat(100)}}`;
    const res = request(emu.app)
      .post(`${emu.base}/training-job-searches`)
      .set('X-Auth-Token', emu.token)
      .set('content-type', 'application/json')
      .send(deep);
    expect(await answer(res)).toEqual(
      v2Error(
        400,
        'ModelArts.2788',
        'InvalidParam: offset[0][0]…: the request body nests deeper than 64 levels',
        PARAMS,
      ),
    );
  });

  it('an unknown YAML template: 404 ModelArts.3021 with how to list them', async () => {
    const res = await answer(emu.call('get', '/training-jobs/autosearch/yaml-templates/x/y'));
    expect(res).toEqual(
      v2Error(
        404,
        'ModelArts.3021',
        'Template (x/y) does not exist.',
        'List the templates with GET training-jobs/autosearch/yaml-templates.',
      ),
    );
  });

  it('a code_dir or a dataset version that does not exist', async () => {
    const job = scriptJob('missing-code');
    const noCode = {
      ...job,
      algorithm: {
        ...job.algorithm,
        code_dir: '/test-modelarts/nope/',
        boot_file: '/test-modelarts/nope/train.py',
      },
    };
    expect(await answer(emu.call('post', '/training-jobs', noCode))).toEqual(
      v2Error(
        400,
        'ModelArts.2757',
        'CodeDirError: code_dir /test-modelarts/nope/ does not exist in OBS',
      ),
    );
    const input = (remote: object) => ({
      ...job,
      algorithm: { ...job.algorithm, inputs: [{ name: 'data_url', remote }] },
    });
    const noDataset = input({ dataset: { id: 'ds0', version_id: 'v0' } });
    expect(await answer(emu.call('post', '/training-jobs', noDataset))).toEqual(
      v2Error(
        400,
        'ModelArts.2782',
        'DatasetVersionNotFound: dataset version ds0/v0 does not exist',
      ),
    );
  });
});

describe('v2 errors about a job', () => {
  let id = '';
  beforeAll(async () => {
    const res = await emu.call(
      'post',
      '/training-jobs',
      searchJob('errors', { samples: 2, epochs: 400 }),
    );
    expect(res.status).toBe(201);
    id = res.body.metadata.id;
  });

  it('a task it does not have: 400 ModelArts.2788', async () => {
    const res = await answer(emu.call('get', `/training-jobs/${id}/tasks/worker-9/logs/preview`));
    expect(res).toEqual(
      v2Error(
        400,
        'ModelArts.2788',
        `InvalidParam: task_id: training job ${id} has no task worker-9`,
      ),
    );
  });

  it('an action other than terminate: 400 ModelArts.2812', async () => {
    const res = await answer(
      emu.call('post', `/training-jobs/${id}/actions`, { action_type: 'pause' }),
    );
    expect(res).toEqual(v2Error(400, 'ModelArts.2812', 'UnsupportedActionType: pause'));
  });

  it('an unknown trial or parameter: 404 ModelArts.5058; a bad limit: 400 ModelArts.2764', async () => {
    expect(
      await answer(emu.call('get', `/training-jobs/${id}/autosearch-trials/deadbeef`)),
    ).toEqual(
      v2Error(
        404,
        'ModelArts.5058',
        `ObjectNotFound: training job ${id} has no auto-search trial deadbeef`,
      ),
    );
    const param = await answer(
      emu.call('get', `/training-jobs/${id}/autosearch-parameter-analysis/momentum`),
    );
    expect(param).toEqual(
      v2Error(
        404,
        'ModelArts.5058',
        `ObjectNotFound: parameter_name: momentum is not a searched hyperparameter of training job ${id}`,
      ),
    );
    expect(await answer(emu.call('get', `/training-jobs/${id}/autosearch-trials?limit=0`))).toEqual(
      v2Error(400, 'ModelArts.2764', 'QueryParamsError: limit must be an integer from 1 to 1000'),
    );
  });

  it('early stop of a trial that already ended: 400 ModelArts.2788', async () => {
    const trials = await emu.call('get', `/training-jobs/${id}/autosearch-trials`);
    const row = (trials.body.items.data as unknown[][]).at(-1)!;
    const trial = String(row[(trials.body.items.header as string[]).indexOf('trial_id')]);
    const stop = `/training-jobs/${id}/autosearch-trial-earlystop/${trial}`;
    expect((await emu.call('post', stop)).status).toBe(200);
    expect(await answer(emu.call('post', stop))).toEqual(
      v2Error(
        400,
        'ModelArts.2788',
        `InvalidParam: trial_id: trial ${trial} already ended (TERMINATED); only PENDING or RUNNING trials can be stopped early`,
      ),
    );
  });

  it('bad events query: 400 ModelArts.50004000', async () => {
    const res = await answer(emu.call('get', `/training-jobs/${id}/events?start_time=1`));
    expect(res).toEqual(
      v2Error(400, 'ModelArts.50004000', expect.stringMatching(/^Bad request\. \S/)),
    );
  });

  it('terminating a terminated job: 409 ModelArts.2796', async () => {
    const term = { action_type: 'terminate' };
    expect((await emu.call('post', `/training-jobs/${id}/actions`, term)).status).toBe(202);
    await emu.waitPhase(id, (p) => p === 'Terminated');
    expect(await answer(emu.call('post', `/training-jobs/${id}/actions`, term))).toEqual(
      v2Error(
        409,
        'ModelArts.2796',
        'NotAllowedToTerminate: a training job in phase Terminated cannot be terminated',
      ),
    );
  });
});

describe('a second algorithm of the same name', () => {
  it('is refused: 400 ModelArts.2821', async () => {
    const body = {
      metadata: { name: 'dup-algo', workspace_id: '0', ai_project: 'default-ai-project' },
      job_config: {
        code_dir: '/test-modelarts/v2-code/',
        boot_file: '/test-modelarts/v2-code/train_v2.py',
        engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      },
    };
    expect((await emu.call('post', '/algorithms', body)).status).toBe(201);
    expect(await answer(emu.call('post', '/algorithms', body))).toEqual(
      v2Error(400, 'ModelArts.2821', 'DuplicateAlgorithmName: algorithm dup-algo already exists'),
    );
  });
});

describe('invalidParam', () => {
  const issue = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
  const message = issue.error!.issues[0]!.message;

  it('puts a prefix before the issue path', () => {
    expect(invalidParam(issue.error!, 'spec')).toMatchObject({
      status: 400,
      code: 'ModelArts.2788',
      message: `InvalidParam: spec.a.b: ${message}`,
      solution: PARAMS,
    });
    expect(invalidParam(issue.error!).message).toBe(`InvalidParam: a.b: ${message}`);
  });

  it('names the prefix alone, or nothing, when there is no issue', () => {
    expect(invalidParam(new z.ZodError([]), 'spec').message).toBe(
      'InvalidParam: spec: invalid request',
    );
    expect(invalidParam(new z.ZodError([])).message).toBe('InvalidParam: invalid request');
  });
});
