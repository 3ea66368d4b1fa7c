import { ResourceSpecSchema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { formFieldForPath, makeCreateJobFormSchema } from './form-schema.js';
import { SEED_004_DEFAULTS } from './form-values.js';

const specs = [
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

function errorsOf(values: Partial<typeof SEED_004_DEFAULTS>) {
  const result = makeCreateJobFormSchema(specs).safeParse({
    ...SEED_004_DEFAULTS,
    job_name: 'ok',
    ...values,
  });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('makeCreateJobFormSchema', () => {
  it('accepts the seed-004 values', () => {
    expect(errorsOf({})).toEqual({});
  });

  it('bounds the workers by the spec max_num and refuses sold-out specs', () => {
    expect(errorsOf({ worker_server_num: 3 })).toEqual({
      worker_server_num: 'worker_server_num must be at most 2 for modelarts.vm.cpu.8u',
    });
    expect(errorsOf({ spec_code: 'modelarts.vm.gpu.v100' })).toEqual({
      spec_code: 'modelarts.vm.gpu.v100 is sold out',
    });
  });

  it('puts request-schema issues on the form fields', () => {
    expect(errorsOf({ data_url: 'nope', parameters: [{ label: 'a b', value: '1' }] })).toEqual({
      data_url: 'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
      'parameters.0.label': 'label may contain only letters, digits, _, . and -',
    });
  });
});

describe('formFieldForPath', () => {
  it('maps request paths to form fields', () => {
    expect(formFieldForPath(['config', 'worker_server_num'])).toBe('worker_server_num');
    expect(formFieldForPath(['config', 'flavor', 'code'])).toBe('spec_code');
    expect(formFieldForPath(['config', 'data_source', 0, 'data_url'])).toBe('data_url');
    expect(formFieldForPath(['config', 'volumes'])).toBeNull();
  });
});
