import { CreateTrainingJobRequestSchema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { SEED_004_DEFAULTS } from './form-values.js';
import { toCreateJobRequest } from './to-create-job-request.js';

/** The seed-004 request body, verbatim from catalog §3.1. */
const SEED_004_BODY = {
  job_name: 'jobtest_TF',
  job_desc: 'using TensorFlow for handwritten digit recognition',
  config: {
    worker_server_num: 1,
    parameter: [],
    flavor: { code: 'modelarts.vm.cpu.8u' },
    train_url: '/test-modelarts/mnist-model/output/',
    engine_id: 4,
    app_url: '/test-modelarts/mnist-tensorflow-code/',
    boot_file_url: '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
    data_source: [{ type: 'obs', data_url: '/test-modelarts/dataset-mnist/' }],
  },
  notification: { topic_urn: '', events: [] },
  workspace_id: '0',
};

describe('toCreateJobRequest', () => {
  it('produces the seed-004 body for the seed values, key for key and in order', () => {
    const body = toCreateJobRequest({ ...SEED_004_DEFAULTS, job_name: 'jobtest_TF' });
    expect(body).toEqual(SEED_004_BODY);
    expect(JSON.stringify(body)).toBe(JSON.stringify(SEED_004_BODY));
    expect(CreateTrainingJobRequestSchema.safeParse(body).success).toBe(true);
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

  it('leaves out the engine and flavor until they are chosen', () => {
    const body = toCreateJobRequest({ ...SEED_004_DEFAULTS, engine_id: '', spec_code: '' });
    expect(body.config).not.toHaveProperty('engine_id');
    expect(body.config).not.toHaveProperty('flavor');
  });
});
