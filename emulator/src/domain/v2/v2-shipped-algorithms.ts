import type { CreateAlgorithmRequest } from '@console/shared';

/** The algorithm id of the first seed-003 sample request, shipped so the sample runs as written. */
export const SEED_003_ALGORITHM_ID = '3f5d6706-7b67-408d-8ba0-ec08048c45ed';

const stringParam = (name: string, value: string, type = 'String') => ({
  name,
  value,
  description: '',
  constraint: {
    type,
    editable: true,
    required: false,
    sensitive: false,
    valid_type: 'None',
    valid_range: [],
  },
});

/** Shipped algorithms: added once to each project on first use (assets/obs/test-modelarts/v2-code). */
export const SHIPPED_ALGORITHMS: ReadonlyArray<{ id: string; body: CreateAlgorithmRequest }> = [
  {
    id: SEED_003_ALGORITHM_ID,
    body: {
      metadata: {
        name: 'ttt-obs-gpu',
        description: 'Sample v2 training script (standard library): prints per step with its rank',
        workspace_id: '0',
      },
      job_config: {
        code_dir: '/test-modelarts/v2-code/',
        boot_file: '/test-modelarts/v2-code/train_v2.py',
        parameters: [
          stringParam('input_dir', 'obs://test-modelarts/dataset-mnist/'),
          stringParam('input_file', 'obs://test-modelarts/dataset-mnist/digits.csv'),
          stringParam('large_file_method', '1', 'Integer'),
          stringParam('steps', '5', 'Integer'),
          stringParam('step_seconds', '0.3', 'Float'),
        ],
        inputs: [{ name: 'data_url', description: 'training data' }],
        outputs: [{ name: 'train_url', description: 'model output' }],
        engine: {
          engine_id: 'horovod-cp36-tf-1.16.2',
          engine_name: 'Horovod',
          engine_version: '0.16.2-TF-1.13.1-python3.6',
        },
        parameters_customization: true,
      },
      resource_requirements: [
        { key: 'flavor_type', values: ['CPU', 'GPU'], operator: 'in' },
        { key: 'host_distributed_mode', values: ['multiple'], operator: 'in' },
      ],
      advanced_config: {},
    },
  },
];
