import { describe, expect, it } from 'vitest';
import { SEED_002_VOLUME_FORM } from '../job-create/__fixtures__/seed-forms.js';
import { fromJobConfig } from '../job-create/from-job-config.js';
import { toCreateVersionRequest, versionBodyCheck } from './to-create-version-request.js';

describe('toCreateVersionRequest', () => {
  it('sends the config with pre_version_id and without create_version/volumes', () => {
    const body = toCreateVersionRequest({ ...SEED_002_VOLUME_FORM, create_version: 'true' }, 20);
    expect(body).toEqual({
      job_desc: 'This is a ModelArts job',
      config: {
        worker_server_num: 1,
        app_url: '/usr/app/',
        boot_file_url: '/usr/app/boot.py',
        parameter: [
          { label: 'learning_rate', value: '0.01' },
          { label: 'batch_size', value: '32' },
        ],
        dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
        dataset_version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
        spec_id: 1,
        engine_id: 1,
        train_url: '/usr/train/',
        log_url: '/usr/log/',
        pre_version_id: 20,
      },
    });
    expect(versionBodyCheck(20)(SEED_002_VOLUME_FORM)).toEqual([]);
  });

  it('requires train_url for a version', () => {
    const issues = versionBodyCheck(20)({ ...SEED_002_VOLUME_FORM, train_url: '' });
    expect(issues.map((i) => i.path.join('.'))).toContain('config.train_url');
  });

  it('keeps an edited field of a pre-filled version', () => {
    const values = fromJobConfig({
      worker_server_num: 1,
      engine_id: 4,
      app_url: '/a/code/',
      boot_file_url: '/a/code/t.py',
      data_url: '/a/data/',
      spec_code: 'modelarts.vm.cpu.8u',
      train_url: '/a/out/',
    });
    const body = toCreateVersionRequest(
      { ...values, parameters: [{ label: 'lr', value: '0.1' }] },
      7,
    );
    expect(body.config).toMatchObject({
      flavor: { code: 'modelarts.vm.cpu.8u' },
      data_url: '/a/data/',
      parameter: [{ label: 'lr', value: '0.1' }],
      pre_version_id: 7,
    });
  });
});
