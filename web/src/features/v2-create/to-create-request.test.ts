import { CreateTrainingJobV2RequestSchema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { EMPTY_V2_FORM } from './form-values.js';
import {
  seed003CatalogCustomImageBody,
  seed003CatalogFreeFlavorBody,
} from '@console/shared/fixtures';
import { SEED_003_FORM_1, SEED_003_FORM_2 } from './__fixtures__/seed-003-forms.js';
import { toCreateV2Request } from './to-create-request.js';

describe('toCreateV2Request', () => {
  it('produces the first seed-003 sample (algorithm id, parameters, free GPU flavor)', () => {
    const body = toCreateV2Request(SEED_003_FORM_1);
    expect(body).toStrictEqual(seed003CatalogFreeFlavorBody);
    expect(CreateTrainingJobV2RequestSchema.safeParse(body).success).toBe(true);
  });

  it('produces the second seed-003 sample (custom image, env vars, pool, NFS volume)', () => {
    const body = toCreateV2Request(SEED_003_FORM_2);
    expect(body).toStrictEqual(seed003CatalogCustomImageBody);
    expect(CreateTrainingJobV2RequestSchema.safeParse(body).success).toBe(true);
  });

  it('maps code + boot file with an engine by name, channels, auto stop and trims values', () => {
    const body = toCreateV2Request({
      ...EMPTY_V2_FORM,
      name: ' job1 ',
      source: 'code',
      codeDir: 'obs://bucket/code/',
      bootFile: 'obs://bucket/code/train.py',
      engineMode: 'name',
      engineName: 'PyTorch',
      engineVersion: 'pytorch_1.8.0',
      inputs: [
        {
          name: 'data_url',
          kind: 'obs',
          obsUrl: '/bucket/data/',
          datasetId: 'x',
          datasetVersionId: '',
          localDir: '',
        },
        {
          name: 'ds',
          kind: 'dataset',
          obsUrl: '',
          datasetId: 'd1',
          datasetVersionId: 'v1',
          localDir: '/home/ma-user/ds',
        },
      ],
      outputs: [{ name: 'train_url', obsUrl: '/bucket/out/', localDir: '' }],
      parameters: [{ name: 'lr', value: '0.1' }],
      flavorId: 'modelarts.vm.cpu.8u',
      nodeCount: 2,
      poolId: 'ignored-on-public',
      autoStopHours: 3,
    });
    expect(body.metadata).toEqual({ name: 'job1' });
    expect(body.algorithm).toEqual({
      code_dir: 'obs://bucket/code/',
      boot_file: 'obs://bucket/code/train.py',
      engine: { engine_name: 'PyTorch', engine_version: 'pytorch_1.8.0' },
      parameters: [{ name: 'lr', value: '0.1' }],
      policies: { auto_search: null },
      environments: {},
      inputs: [
        { name: 'data_url', remote: { obs: { obs_url: '/bucket/data/' } } },
        {
          name: 'ds',
          local_dir: '/home/ma-user/ds',
          remote: { dataset: { id: 'd1', version_id: 'v1' } },
        },
      ],
      outputs: [{ name: 'train_url', remote: { obs: { obs_url: '/bucket/out/' } } }],
    });
    expect(body.spec).toEqual({
      resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 2 },
      log_export_path: { obs_url: '' },
      auto_stop: { time_unit: 'HOURS', duration: 3 },
    });
  });
});
