import { seed002DatasetBody } from '@console/shared/fixtures';
import { describe, expect, it } from 'vitest';
import { SEED_002_VOLUME_FORM } from './__fixtures__/seed-forms.js';
import { fromJobConfig } from './from-job-config.js';
import { toCreateVersionRequest, versionBodyCheck } from './to-create-version-request.js';

describe('toCreateVersionRequest', () => {
  it('sends the config with pre_version_id and without create_version/volumes', () => {
    const body = toCreateVersionRequest({ ...SEED_002_VOLUME_FORM, create_version: 'true' }, 20);
    // The first seed-002 sample's job_desc and config (the volumes are not sent for a version).
    expect(body).toEqual({
      job_desc: seed002DatasetBody.job_desc,
      config: { ...seed002DatasetBody.config, pre_version_id: 20 },
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
