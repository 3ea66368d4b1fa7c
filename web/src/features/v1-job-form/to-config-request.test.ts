import { describe, expect, it } from 'vitest';
import { fromJobConfig } from './from-job-config.js';
import * as bodies from '@console/shared/fixtures';
import * as forms from './__fixtures__/seed-config-forms.js';
import {
  createConfigBodyCheck,
  toCreateConfigRequest,
  toUpdateConfigRequest,
  updateConfigBodyCheck,
} from './to-config-request.js';

describe('toCreateConfigRequest', () => {
  it.each([
    ['OBS inputs', forms.SEED_000_ESTIMATOR_FORM, bodies.seed000ObsConfigBody],
    ['dataset + version', forms.SEED_000_DATASET_FORM, bodies.seed000DatasetConfigBody],
  ])('produces seed 000 (%s) field by field', (_n, values, sample) => {
    expect(toCreateConfigRequest(values)).toEqual(sample);
    expect(createConfigBodyCheck(values)).toEqual([]);
  });

  it('holds config_name to 1–20 characters in the console', () => {
    const issues = createConfigBodyCheck({
      ...forms.SEED_000_ESTIMATOR_FORM,
      job_name: 'a'.repeat(21),
    });
    expect(issues.map((i) => i.message)).toEqual(['config_name must be at most 20 characters']);
    expect(
      createConfigBodyCheck({ ...forms.SEED_000_ESTIMATOR_FORM, job_name: '' })[0]?.message,
    ).toBe('config_name is required');
  });

  it('never sends create_version', () => {
    const body = toCreateConfigRequest({
      ...forms.SEED_000_ESTIMATOR_FORM,
      create_version: 'false',
    });
    expect(body).not.toHaveProperty('create_version');
  });
});

describe('toUpdateConfigRequest', () => {
  it.each([
    ['inputs', forms.SEED_001_OBS_FORM, bodies.seed001ObsUpdateBody],
    ['dataset', forms.SEED_001_DATASET_FORM, bodies.seed001DatasetUpdateBody],
    ['data_source', forms.SEED_001_DATA_SOURCE_FORM, bodies.seed001DataSourceUpdateBody],
  ])('produces seed 001 (%s) field by field', (_n, values, sample) => {
    expect(toUpdateConfigRequest(values)).toEqual(sample);
    expect(updateConfigBodyCheck(values)).toEqual([]);
  });

  it('round-trips a saved configuration through the form values', () => {
    const values = fromJobConfig({ ...bodies.seed001DataSourceUpdateBody, job_desc: 'update' });
    expect(toUpdateConfigRequest(values)).toEqual(bodies.seed001DataSourceUpdateBody);
  });
});
