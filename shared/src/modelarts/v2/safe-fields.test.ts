import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CreateAlgorithmRequestSchema } from './algorithms.js';
import { CreateTrainingJobV2RequestSchema } from './create-job.js';
import { TrainingJobSearchRequestSchema } from './search.js';
import {
  seed003CatalogCustomImageBody,
  seed003CatalogFreeFlavorBody,
  seed003CustomImageBody,
} from '../../fixtures/v2-seed-003-bodies.js';

const firstIssue = (schema: z.ZodType, body: unknown) => {
  const r = schema.safeParse(body);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
type Loose = Record<string, Record<string, unknown>>;

/** The custom-image sample with a change to `algorithm` and/or `spec`. */
const job = (algorithm: Record<string, unknown>, spec: Record<string, unknown> = {}) => {
  const body = clone(seed003CustomImageBody) as unknown as Loose;
  Object.assign(body.algorithm!, algorithm);
  Object.assign(body.spec!, spec);
  return body;
};
const codeJob = (algorithm: Record<string, unknown>) => ({
  kind: 'job',
  metadata: { name: 'code' },
  algorithm: {
    code_dir: '/bkt/code/',
    boot_file: '/bkt/code/t.py',
    engine: { engine_id: 'e' },
    ...algorithm,
  },
  spec: { resource: { flavor_id: 'f' } },
});

describe('v2 strings that reach a process or a path', () => {
  it('still accepts the catalog samples as printed', () => {
    for (const body of [seed003CatalogFreeFlavorBody, seed003CatalogCustomImageBody])
      expect(CreateTrainingJobV2RequestSchema.parse(body)).toEqual(body);
  });

  it.each([
    [
      job({ command: 'sh run.sh\u0000' }),
      'algorithm.command',
      'algorithm.command must not contain a NUL character',
    ],
    [
      job({ engine: { image_url: 'a/b:1\u0000' } }),
      'algorithm.engine.image_url',
      'engine.image_url must not contain a NUL character',
    ],
    [
      job({ environments: { A: 'x\u0000' } }),
      'algorithm.environments.A',
      'environments: a value must not contain a NUL character',
    ],
    [
      job({ parameters: [{ name: 'lr\u0000', value: '1' }] }),
      'algorithm.parameters.0.name',
      'parameters[].name must not contain a NUL character',
    ],
    [
      job({ parameters: [{ name: 'lr', value: '0.1\u0000; rm -rf /' }] }),
      'algorithm.parameters.0.value',
      'parameters[].value must not contain a NUL character',
    ],
    [
      job({ parameters: [{ name: 'lr', value: '1\n2' }] }),
      'algorithm.parameters.0.value',
      'parameters[].value must be a single line (no line breaks)',
    ],
    [
      job({ working_dir: '/home/../etc' }),
      'algorithm.working_dir',
      'algorithm.working_dir must not contain a ".." segment',
    ],
    [
      job({ local_code_dir: 'home/x' }),
      'algorithm.local_code_dir',
      'algorithm.local_code_dir must be an absolute path',
    ],
    [
      job({ autosearch_config_path: 'https://evil.example/a.yaml' }),
      'algorithm.autosearch_config_path',
      expect.stringContaining('must be an OBS path'),
    ],
    [
      codeJob({ code_dir: '../../etc/', boot_file: '../../etc/passwd' }),
      'algorithm.code_dir',
      expect.stringContaining('must be an OBS path'),
    ],
    [
      codeJob({ boot_file: '/bkt/code/%2e%2e/x.py' }),
      'algorithm.boot_file',
      'algorithm.boot_file must not contain a ".." segment',
    ],
    [
      codeJob({ inputs: [{ name: 'data\u0000', remote: { obs: { obs_url: '/bkt/d/' } } }] }),
      'algorithm.inputs.0.name',
      'inputs[].name must not contain a NUL character',
    ],
    [
      codeJob({ inputs: [{ name: 'd', remote: { obs: { obs_url: 'bucket/dir/' } } }] }),
      'algorithm.inputs.0.remote.obs.obs_url',
      expect.stringContaining('obs_url must be an OBS path'),
    ],
    [
      codeJob({ inputs: [{ name: 'd', remote: { dataset: { id: '../x', version_id: 'v' } } }] }),
      'algorithm.inputs.0.remote.dataset.id',
      expect.stringContaining('remote.dataset.id may contain only'),
    ],
    [
      codeJob({
        outputs: [
          {
            name: 'o',
            local_dir: '/home/ma-user/../../x',
            remote: { obs: { obs_url: '/bkt/o/' } },
          },
        ],
      }),
      'algorithm.outputs.0.local_dir',
      'outputs[].local_dir must not contain a ".." segment',
    ],
    [
      job({}, { volumes: [{ nfs: { nfs_server_path: '1.2.3.4:/../x', local_path: '/home/n' } }] }),
      'spec.volumes.0.nfs.nfs_server_path',
      'volumes[].nfs.nfs_server_path must not contain a ".." segment',
    ],
    [
      job({}, { volumes: [{ obs: { obs_path: '/bkt/p', local_path: '/home/\u0000' } }] }),
      'spec.volumes.0.obs.local_path',
      'volumes[].obs.local_path must not contain a NUL character',
    ],
    [
      job({}, { log_export_path: { obs_url: '/bkt/../x/' } }),
      'spec.log_export_path.obs_url',
      'spec.log_export_path.obs_url must not contain a ".." segment',
    ],
  ])('%#: refuses a bad value, naming the field', (body, path, message) => {
    expect(firstIssue(CreateTrainingJobV2RequestSchema, body)).toEqual({ path, message });
  });

  it('refuses the same in an algorithm', () => {
    const algo = (job_config: Record<string, unknown>) => ({ metadata: { name: 'a' }, job_config });
    expect(firstIssue(CreateAlgorithmRequestSchema, algo({ command: 'x\u0000' }))).toEqual({
      path: 'job_config.command',
      message: 'job_config.command must not contain a NUL character',
    });
    expect(
      firstIssue(CreateAlgorithmRequestSchema, algo({ code_dir: '/bkt/../', boot_file: '/bkt/x' }))
        ?.path,
    ).toBe('job_config.code_dir');
  });

  it('refuses control characters in search filters and bounds their size', () => {
    expect(
      firstIssue(TrainingJobSearchRequestSchema, {
        filters: [{ key: 'name', operator: 'like', value: ['a\u0000'] }],
      }),
    ).toEqual({
      path: 'filters.0.value.0',
      message: 'filters[].value must not contain a NUL character',
    });
    expect(firstIssue(TrainingJobSearchRequestSchema, { sort_by: 'create_time\u001b' })?.path).toBe(
      'sort_by',
    );
    expect(
      firstIssue(TrainingJobSearchRequestSchema, {
        filters: [{ key: 'phase', operator: 'in', value: Array(101).fill('Running') }],
      })?.message,
    ).toBe('filters[].value holds at most 100 values');
    // the catalog's sample, empty strings included
    expect(
      TrainingJobSearchRequestSchema.safeParse({
        offset: 0,
        limit: 1,
        filters: [
          { key: 'name', operator: 'like', value: ['trainjob'] },
          { key: 'create_time', operator: 'between', value: ['', ''] },
          { key: 'kind', operator: 'in', value: [] },
        ],
      }).success,
    ).toBe(true);
  });
});
