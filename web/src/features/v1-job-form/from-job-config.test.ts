import { describe, expect, it } from 'vitest';
import { SEED_004_DEFAULTS } from './form-values.js';
import { onlyOffered } from './from-job-config.js';

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
