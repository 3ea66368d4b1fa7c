import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkConfigGroups, DataSourceSchema } from './job-config.js';

type Config = Parameters<typeof checkConfigGroups>[0];
const groups = z.unknown().superRefine((c, ctx) => checkConfigGroups(c as Config, ctx));

/** Each issue as `path: message`, [] when accepted. */
const issues = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const code = { app_url: '/bkt/code/', boot_file_url: '/bkt/code/train.py' };
const ok: Config = { ...code, data_url: '/bkt/data/', spec_id: 1 };

describe('v1 config groups (catalog §3.1)', () => {
  it('accepts one code source, one data source and one resource', () => {
    expect(issues(groups, ok)).toEqual([]);
  });

  it('names every missing group', () => {
    expect(issues(groups, {})).toEqual([
      'app_url: app_url is required (or choose a built-in algorithm or a custom image)',
      'boot_file_url: boot_file_url is required with app_url',
      'data_url: one of data_url, data_source or dataset_id + dataset_version_id is required',
      'spec_id: a resource is required: spec_id, flavor.code or pool_id',
    ]);
  });

  const noCode = { data_url: '/bkt/data/', spec_id: 1 };
  it.each<[string, Config, string[]]>([
    ['an image with its command', { ...noCode, user_image_url: 'o/i:1', user_command: 'sh' }, []],
    [
      'an image without command',
      { ...noCode, user_image_url: 'o/i:1' },
      ['user_command: user_command is required with user_image_url'],
    ],
    [
      'a command without image',
      { ...noCode, user_command: 'python t.py' },
      ['user_image_url: user_image_url is required with user_command'],
    ],
    ['a built-in algorithm (model_id)', { ...noCode, model_id: 5 }, []],
    [
      'app_url alone',
      { ...noCode, app_url: '/bkt/code/' },
      ['boot_file_url: boot_file_url is required with app_url'],
    ],
    [
      'boot_file_url alone',
      { ...noCode, boot_file_url: '/bkt/code/t.py' },
      ['app_url: app_url is required (or choose a built-in algorithm or a custom image)'],
    ],
    [
      'a boot file outside app_url',
      { ...noCode, app_url: '/bkt/code/', boot_file_url: '/bkt/other/t.py' },
      ['boot_file_url: boot_file_url must be inside app_url'],
    ],
  ])('code source: %s', (_why, config, expected) =>
    expect(issues(groups, config)).toEqual(expected),
  );

  it.each([
    ['obs://bkt/code/', '/bkt/code/t.py'],
    ['/bkt/code/', 'obs://bkt/code/t.py'],
    // only a leading scheme is dropped: the key itself may hold "obs://"
    ['obs://bkt/obs://c/', '/bkt/obs://c/t.py'],
  ])('compares %s and %s without the scheme', (app_url, boot_file_url) =>
    expect(issues(groups, { ...ok, app_url, boot_file_url })).toEqual([]),
  );

  const noData = { ...code, spec_id: 1 };
  it.each<[string, Config, string[]]>([
    ['a dataset pair', { ...noData, dataset_id: 'd', dataset_version_id: 'v' }, []],
    ['data_source', { ...noData, data_source: [{ data_url: '/bkt/d/' }] }, []],
    [
      'dataset_id alone',
      { ...noData, dataset_id: 'd' },
      ['dataset_version_id: dataset_id and dataset_version_id go together'],
    ],
    [
      'dataset_version_id alone',
      { ...noData, dataset_version_id: 'v' },
      ['dataset_id: dataset_id and dataset_version_id go together'],
    ],
    [
      'data_url with data_source',
      { ...noData, data_url: '/bkt/d/', data_source: [{ data_url: '/bkt/d/' }] },
      ['data_url: data_url, data_source and dataset_id + dataset_version_id are exclusive'],
    ],
  ])('data source: %s', (_why, config, expected) =>
    expect(issues(groups, config)).toEqual(expected),
  );

  it.each<[string, Config]>([
    ['pool_id', { ...code, data_url: '/bkt/d/', pool_id: 'pool-1' }],
    ['flavor', { ...code, data_url: '/bkt/d/', flavor: { code: 'modelarts.vm.cpu.2u' } }],
  ])('a resource given by %s alone is enough', (_why, config) =>
    expect(issues(groups, config)).toEqual([]),
  );
});

describe('v1 data_source entries', () => {
  it.each([
    [{ data_url: '/bkt/d/' }, []],
    [{ type: 'obs', data_url: 'obs://bkt/d/' }, []],
    [{ type: 'dataset', dataset_id: 'd1', dataset_version: 'v1' }, []],
    [{ dataset_id: 'd1', dataset_version: 'v1' }, []],
    [{}, ['data_url: data_url is required for an obs source']],
    [
      { type: 'dataset' },
      [
        'dataset_id: dataset_id is required for a dataset source',
        'dataset_version: dataset_version is required with dataset_id',
      ],
    ],
    [{ dataset_id: 'd1' }, ['dataset_version: dataset_version is required with dataset_id']],
    [
      { type: 'dataset', dataset_id: 'd1', dataset_version: 'v1', data_url: '/bkt/d/' },
      ['data_url: data_url cannot be combined with a dataset source'],
    ],
    [
      { type: 'obs', data_url: '/bkt/d/', dataset_id: 'd1' },
      ['dataset_id: dataset_id cannot be combined with an obs source'],
    ],
    [
      { dataset_version: 'v1' },
      [
        'data_url: data_url is required for an obs source',
        'dataset_id: dataset_id cannot be combined with an obs source',
      ],
    ],
    [
      { type: 'obs', dataset_id: 'd1', dataset_version: 'v1' },
      [
        'data_url: data_url is required for an obs source',
        'dataset_id: dataset_id cannot be combined with an obs source',
      ],
    ],
  ])('%j', (entry, expected) => expect(issues(DataSourceSchema, entry)).toEqual(expected));
});
