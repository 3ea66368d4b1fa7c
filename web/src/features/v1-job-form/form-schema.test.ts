import { ResourceSpecSchema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { SEED_002_DATASET_FORM } from './__fixtures__/seed-forms.js';
import { formFieldForPath, makeCreateJobFormSchema } from './form-schema.js';
import { SEED_004_DEFAULTS, type CreateJobFormValues } from './form-values.js';

const specs = [
  ResourceSpecSchema.parse({
    spec_id: 1,
    core: '4',
    cpu: '16',
    spec_code: 'modelarts.vm.cpu.4u',
    max_num: 1,
  }),
  ResourceSpecSchema.parse({
    spec_id: 27,
    core: '8',
    cpu: '32',
    spec_code: 'modelarts.vm.cpu.8u',
    max_num: 2,
  }),
  ResourceSpecSchema.parse({
    spec_id: 40,
    core: '8',
    cpu: '64',
    gpu_num: 1,
    spec_code: 'modelarts.vm.gpu.v100',
    max_num: 4,
    no_resource: true,
  }),
];

function errorsOf(values: Partial<CreateJobFormValues>, allowSoldOut = false) {
  const result = makeCreateJobFormSchema(specs, undefined, { allowSoldOut }).safeParse({
    ...SEED_004_DEFAULTS,
    job_name: 'ok',
    ...values,
  });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('makeCreateJobFormSchema', () => {
  it('accepts the seed-004 and seed-002 values', () => {
    expect(errorsOf({})).toEqual({});
    expect(errorsOf(SEED_002_DATASET_FORM)).toEqual({});
  });

  it('bounds the workers by the spec max_num and refuses sold-out specs unless saved only', () => {
    expect(errorsOf({ worker_server_num: 3 })).toEqual({
      worker_server_num: 'worker_server_num must be at most 2 for modelarts.vm.cpu.8u',
    });
    expect(errorsOf({ spec_code: 'modelarts.vm.gpu.v100' })).toEqual({
      spec_code: 'modelarts.vm.gpu.v100 is sold out',
    });
    expect(errorsOf({ spec_code: 'modelarts.vm.gpu.v100' }, true)).toEqual({});
  });

  it('puts request-schema issues on the form fields', () => {
    expect(
      errorsOf({
        data_rows: [{ type: 'obs', data_url: 'nope', dataset_id: '', dataset_version: '' }],
        parameters: [{ label: 'a b', value: '1' }],
      }),
    ).toEqual({
      'data_rows.0.data_url':
        'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
      'parameters.0.label': 'label may contain only letters, digits, _, . and -',
    });
  });

  it('checks only the chosen sources, each beside its own field', () => {
    expect(errorsOf({ code_source: 'builtin', model_id: '' })).toEqual({
      model_id: 'model_id is required: choose an algorithm',
    });
    expect(errorsOf({ code_source: 'image', user_image_url: 'img:1', user_command: '' })).toEqual({
      user_command: 'user_command is required',
    });
    expect(errorsOf({ data_kind: 'dataset', dataset_id: 'd1' })).toEqual({
      dataset_version_id: 'dataset_version_id is required',
    });
    expect(errorsOf({ data_kind: 'obs', data_url: '' })).toEqual({
      data_url: 'data_url is required',
    });
    expect(errorsOf({ resource: 'pool', pool_id: '' })).toEqual({ pool_id: 'pool_id is required' });
  });

  it('names the length rule of free-text ids', () => {
    expect(errorsOf({ workspace_id: 'w'.repeat(65) })).toEqual({
      workspace_id: 'workspace_id must be at most 64 characters',
    });
    expect(errorsOf({ resource: 'pool', pool_id: 'p'.repeat(65) })).toEqual({
      pool_id: 'pool_id must be at most 64 characters',
    });
  });

  it('validates volumes beside their fields', () => {
    expect(
      errorsOf({
        volumes: [
          { kind: 'nfs', id: '', src_path: '1.2.3.4:/', dest_path: 'relative', read_only: false },
          { kind: 'host_path', id: '', src_path: '', dest_path: '/mnt', read_only: true },
        ],
      }),
    ).toEqual({
      'volumes.0.id': 'id is required',
      'volumes.0.dest_path': 'dest_path must be an absolute path',
      'volumes.1.src_path': 'src_path is required',
    });
  });
});

describe('formFieldForPath', () => {
  it('maps request paths to form fields', () => {
    expect(formFieldForPath(['config', 'worker_server_num'])).toBe('worker_server_num');
    expect(formFieldForPath(['config', 'flavor', 'code'])).toBe('spec_code');
    expect(formFieldForPath(['config', 'data_source', 0, 'data_url'])).toBe('data_rows.0.data_url');
    expect(formFieldForPath(['config', 'volumes', 1, 'host_path', 'dest_path'])).toBe(
      'volumes.1.dest_path',
    );
    expect(formFieldForPath(['config_name'])).toBe('job_name');
    expect(formFieldForPath(['log_url'])).toBe('log_url');
    expect(formFieldForPath(['config', 'pre_version_id'])).toBeNull();
  });
});
