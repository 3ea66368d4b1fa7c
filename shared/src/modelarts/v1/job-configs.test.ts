import { describe, expect, it } from 'vitest';
import {
  CONFIG_NAME_UI_MAX,
  CreateJobConfigRequestSchema,
  JobConfigDetailsResponseSchema,
  JobConfigListQuerySchema,
  UpdateJobConfigRequestSchema,
  configName,
} from './job-configs.js';
import {
  restCreateConfigBody,
  restUpdateConfigBody,
  seed000DatasetConfigBody,
  seed000ObsConfigBody,
  seed001DataSourceUpdateBody,
  seed001DatasetUpdateBody,
  seed001ObsUpdateBody,
} from '../../fixtures/v1-config-bodies.js';

const firstIssue = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => {
  if (r.success || !r.error) throw new Error('expected a validation error');
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
};

describe('CreateJobConfigRequestSchema', () => {
  it.each([
    ['seed 000 OBS inputs', seed000ObsConfigBody],
    ['seed 000 dataset', seed000DatasetConfigBody],
    ['REST page sample', restCreateConfigBody],
  ])('accepts the %s body as it is', (_name, body) => {
    expect(CreateJobConfigRequestSchema.parse(body)).toEqual(body);
  });

  it('accepts names up to 64 characters, the console limits them to 20', () => {
    const name = 'a'.repeat(64);
    expect(
      CreateJobConfigRequestSchema.parse({ ...seed000ObsConfigBody, config_name: name })
        .config_name,
    ).toBe(name);
    expect(firstIssue(configName(CONFIG_NAME_UI_MAX).safeParse('a'.repeat(21)))).toEqual({
      path: '',
      message: 'config_name must be at most 20 characters',
    });
  });

  it('names config_name when it is missing or malformed', () => {
    const { config_name: _omit, ...noName } = seed000ObsConfigBody;
    expect(firstIssue(CreateJobConfigRequestSchema.safeParse(noName))).toEqual({
      path: 'config_name',
      message: 'config_name is required',
    });
    expect(
      firstIssue(
        CreateJobConfigRequestSchema.safeParse({
          ...seed000ObsConfigBody,
          config_name: 'my config',
        }),
      ),
    ).toEqual({
      path: 'config_name',
      message: 'config_name may contain only letters, digits, hyphens (-) and underscores (_)',
    });
  });

  it('rejects two data sources at once', () => {
    const body = { ...seed000ObsConfigBody, dataset_id: 'd', dataset_version_id: 'v' };
    expect(firstIssue(CreateJobConfigRequestSchema.safeParse(body))).toEqual({
      path: 'data_url',
      message: 'data_url, data_source and dataset_id + dataset_version_id are exclusive',
    });
  });
});

describe('UpdateJobConfigRequestSchema', () => {
  it.each([
    ['seed 001 OBS inputs', seed001ObsUpdateBody],
    ['seed 001 dataset', seed001DatasetUpdateBody],
    ['seed 001 data_source', seed001DataSourceUpdateBody],
    ['REST page sample', restUpdateConfigBody],
  ])('accepts the %s body as it is', (_name, body) => {
    expect(UpdateJobConfigRequestSchema.parse(body)).toEqual(body);
  });

  it('does not take a config_name (it is in the path)', () => {
    const r = UpdateJobConfigRequestSchema.safeParse({ ...seed001ObsUpdateBody, config_name: 'x' });
    expect(r.success).toBe(false);
  });

  it('names worker_server_num when it is too small', () => {
    expect(
      firstIssue(
        UpdateJobConfigRequestSchema.safeParse({ ...seed001ObsUpdateBody, worker_server_num: 0 }),
      ),
    ).toEqual({ path: 'worker_server_num', message: 'worker_server_num must be at least 1' });
  });
});

describe('config list query and details', () => {
  it('refuses sortBy=create_time for sample configs', () => {
    expect(
      firstIssue(
        JobConfigListQuerySchema.safeParse({ sortBy: 'create_time', config_type: 'sample' }),
      ).path,
    ).toBe('sortBy');
    expect(JobConfigListQuerySchema.parse({})).toMatchObject({
      sortBy: 'config_name',
      order: 'desc',
      page: 1,
    });
  });

  it('reads the REST details sample (numbers as values, both data forms)', () => {
    const parsed = JobConfigDetailsResponseSchema.parse({
      is_success: true,
      config_name: 'config123',
      spec_id: 4,
      cpu: '64',
      core: 8,
      gpu_num: 1,
      engine_id: 3,
      engine_type: 1,
      parameter: [{ label: 'learning_rate', value: 0.01 }],
      dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
      data_source: [{ type: 'obs', data_url: '/test/minst/data/' }],
      volumes: [
        {
          nfs: {
            id: 'x',
            src_path: '192.168.8.150:/',
            dest_path: '/home/work/nas',
            read_only: false,
          },
        },
      ],
      create_time: 1559045426000,
      pool_id: 'pool9928813f',
    });
    expect(parsed.core).toBe('8');
    expect(parsed.parameter?.[0]?.value).toBe(0.01);
  });
});
