import { describe, expect, it } from 'vitest';
import { SEED_004_DEFAULTS } from './form-values.js';
import { copyJobName, copyOfVersion, onlyOffered } from './from-job-config.js';

/** The documented v1 lists (querying_job_resource_specifications / _engine_specifications pages). */
const DOCUMENTED_SPECS = [{ spec_id: 2, spec_code: 'modelarts.vm.cpu.2u' }];
const DOCUMENTED_ENGINES = [{ engine_id: 1 }];

describe('onlyOffered', () => {
  it('drops the seed engine and specification the documented lists do not offer', () => {
    const v = onlyOffered(SEED_004_DEFAULTS, DOCUMENTED_SPECS, DOCUMENTED_ENGINES);
    expect(v.engine_id).toBe('');
    expect(v.spec_code).toBe('');
    expect(v.spec_id).toBe('');
    expect(v.app_url).toBe(SEED_004_DEFAULTS.app_url);
  });
  it('keeps them where they are offered (the emulator lists engine 4 and modelarts.vm.cpu.8u)', () => {
    const v = onlyOffered(
      SEED_004_DEFAULTS,
      [{ spec_id: 27, spec_code: 'modelarts.vm.cpu.8u' }],
      [{ engine_id: 4 }],
    );
    expect(v).toEqual(SEED_004_DEFAULTS);
  });
});

describe('copyOfVersion', () => {
  it('fills the form from the version under the job name + -copy', () => {
    const v = copyOfVersion({
      job_name: 'mnist',
      job_desc: 'digits',
      app_url: '/b/code/',
      boot_file_url: '/b/code/train.py',
      engine_id: 4,
      spec_id: 27,
      parameter: [{ label: 'lr', value: 0.01 }],
      train_url: '/b/out/',
    });
    expect(v).toMatchObject({
      job_name: 'mnist-copy',
      job_desc: 'digits',
      code_source: 'custom',
      engine_id: '4',
      parameters: [{ label: 'lr', value: '0.01' }],
      train_url: '/b/out/',
    });
  });
  it('keeps a long name within 64 characters', () => {
    expect(copyJobName('n'.repeat(64))).toBe(`${'n'.repeat(59)}-copy`);
  });
});
