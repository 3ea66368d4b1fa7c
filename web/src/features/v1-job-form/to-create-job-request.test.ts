import { CreateTrainingJobRequestSchema } from '@console/shared';
import {
  seed002DatasetBody,
  seed002ImageBody,
  seed002VolumeBody,
  seed004CreateBody,
} from '@console/shared/fixtures';
import { describe, expect, it } from 'vitest';
import {
  SEED_002_DATASET_FORM,
  SEED_002_IMAGE_FORM,
  SEED_002_VOLUME_FORM,
} from './__fixtures__/seed-forms.js';

import { fromJobConfig } from './from-job-config.js';
import { SEED_004_DEFAULTS } from './form-values.js';
import { toCreateJobRequest } from './to-create-job-request.js';

describe('toCreateJobRequest', () => {
  it('produces the seed-004 body for the seed values, key for key and in order', () => {
    const body = toCreateJobRequest({ ...SEED_004_DEFAULTS, job_name: 'jobtest_TF' });
    expect(body).toEqual(seed004CreateBody);
    expect(JSON.stringify(body)).toBe(JSON.stringify(seed004CreateBody));
    expect(CreateTrainingJobRequestSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['dataset + engine', SEED_002_DATASET_FORM, seed002DatasetBody],
    ['custom image + data_url', SEED_002_IMAGE_FORM, seed002ImageBody],
    ['volumes', SEED_002_VOLUME_FORM, seed002VolumeBody],
  ])('produces the seed-002 %s sample field by field', (_name, values, sample) => {
    const body = toCreateJobRequest(values);
    expect(body).toEqual(sample);
    expect(CreateTrainingJobRequestSchema.safeParse(body).success).toBe(true);
  });

  it('sends only the chosen code source, data source and resource', () => {
    const builtin = toCreateJobRequest({
      ...SEED_002_DATASET_FORM,
      code_source: 'builtin',
      model_id: '3',
      data_kind: 'obs',
      data_url: '/usr/data/',
      resource: 'pool',
      pool_id: 'pool-a',
    }).config;
    expect(builtin).toMatchObject({ model_id: 3, data_url: '/usr/data/', pool_id: 'pool-a' });
    for (const gone of ['engine_id', 'app_url', 'boot_file_url', 'dataset_id', 'spec_id', 'flavor'])
      expect(builtin).not.toHaveProperty(gone);
  });

  it('maps data_source rows and create_version', () => {
    const body = toCreateJobRequest({
      ...SEED_004_DEFAULTS,
      data_rows: [
        { type: 'dataset', data_url: 'x', dataset_id: 'd1', dataset_version: 'v1' },
        { type: 'obs', data_url: '/b/d/', dataset_id: 'y', dataset_version: '' },
      ],
      create_version: 'false',
      notify: false,
      workspace_id: '',
    });
    expect(body.config.data_source).toEqual([
      { type: 'dataset', dataset_id: 'd1', dataset_version: 'v1' },
      { type: 'obs', data_url: '/b/d/' },
    ]);
    expect(body.config.create_version).toBe(false);
    expect(body).not.toHaveProperty('notification');
    expect(body).not.toHaveProperty('workspace_id');
  });

  it('sends hyperparameters as label/value pairs and omits empty optional fields', () => {
    const body = toCreateJobRequest({
      ...SEED_004_DEFAULTS,
      job_name: 'j1',
      job_desc: '  ',
      train_url: '',
      worker_server_num: '2',
      parameters: [{ label: ' learning_rate ', value: '0.01' }],
    });
    expect(body.job_desc).toBeUndefined();
    expect(body.config.train_url).toBeUndefined();
    expect(body.config.worker_server_num).toBe(2);
    expect(body.config.parameter).toEqual([{ label: 'learning_rate', value: '0.01' }]);
  });
});

describe('fromJobConfig', () => {
  it('round-trips the seed-002 samples through the form values', () => {
    for (const sample of [seed002DatasetBody, seed002ImageBody, seed002VolumeBody]) {
      const values = fromJobConfig({ ...sample.config, job_desc: sample.job_desc });
      const body = toCreateJobRequest({
        ...values,
        job_name: sample.job_name,
        workspace_id: sample.workspace_id,
      });
      expect(body).toEqual(sample);
    }
  });
});
