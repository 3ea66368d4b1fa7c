import { CreateAlgorithmRequestSchema, TrainingJobV2Schema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { canSaveAsAlgorithm, toAlgorithmRequest } from './to-algorithm-request.js';

const job = (algorithm: unknown) =>
  TrainingJobV2Schema.parse({
    metadata: { id: 'j', name: 'j' },
    status: { phase: 'Completed' },
    algorithm,
  });

describe('toAlgorithmRequest', () => {
  it('saves a code + boot file job with its engine, hyperparameters and channel names', () => {
    const body = toAlgorithmRequest(
      job({
        code_dir: '/bucket/code/',
        boot_file: '/bucket/code/train.py',
        engine: { engine_id: 'pytorch-1.8', engine_name: 'PyTorch', engine_version: '1.8' },
        parameters: [{ name: 'epochs', value: '3', description: 'passes' }],
        inputs: [{ name: 'data_url', remote: { obs: { obs_url: '/bucket/data/' } } }],
        outputs: [{ name: 'train_url', remote: { obs: { obs_url: '/bucket/out/' } } }],
        policies: {},
      }),
      ' my_algo ',
      '  from job j ',
    );
    expect(body).toStrictEqual({
      metadata: { name: 'my_algo', description: 'from job j' },
      job_config: {
        code_dir: '/bucket/code/',
        boot_file: '/bucket/code/train.py',
        engine: { engine_id: 'pytorch-1.8' },
        parameters: [{ name: 'epochs', value: '3', description: 'passes' }],
        inputs: [{ name: 'data_url' }],
        outputs: [{ name: 'train_url' }],
        parameters_customization: true,
      },
    });
    expect(CreateAlgorithmRequestSchema.safeParse(body).success).toBe(true);
  });

  it('saves a custom image job with its command and search policy', () => {
    const search = {
      search_params: [
        { name: 'lr', param_type: 'continuous', lower_bound: '0.1', upper_bound: '1' },
      ],
      reward_attrs: [{ name: 'acc', mode: 'max' }],
    };
    const body = toAlgorithmRequest(
      job({
        engine: { image_url: 'swr.example.com/t/img:1' },
        command: 'python t.py',
        policies: { auto_search: search },
      }),
      'img_algo',
      '',
    );
    expect(body.metadata).toStrictEqual({ name: 'img_algo' });
    expect(body.job_config).toMatchObject({
      command: 'python t.py',
      engine: { image_url: 'swr.example.com/t/img:1' },
    });
    expect(body.job_config).not.toHaveProperty('boot_file');
    expect(body.advanced_config).toStrictEqual({ auto_search: search });
    expect(CreateAlgorithmRequestSchema.safeParse(body).success).toBe(true);
  });

  it('is offered only for a job that says how to run its code', () => {
    expect(canSaveAsAlgorithm(job({ code_dir: '/b/c/', boot_file: '/b/c/t.py' }))).toBe(true);
    expect(canSaveAsAlgorithm(job({ engine: { image_url: 'x/y:1' }, command: 'run' }))).toBe(true);
    expect(canSaveAsAlgorithm(job({ subscription_id: 's', item_version_id: 'v' }))).toBe(false);
    expect(canSaveAsAlgorithm(job(null))).toBe(false);
  });
});
