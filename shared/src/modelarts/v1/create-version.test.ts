import { describe, expect, it } from 'vitest';
import { CreateVersionRequestSchema, CreateVersionResponseSchema } from './create-version.js';
import { UpdateJobDescriptionRequestSchema } from './job-actions.js';
import { restCreateVersionBody } from '../../fixtures/v1-config-bodies.js';
import { seed002DatasetBody } from '../../fixtures/v1-seed-bodies.js';

const firstIssue = (body: unknown) => {
  const r = CreateVersionRequestSchema.safeParse(body);
  if (r.success) throw new Error('expected a validation error');
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
};

describe('CreateVersionRequestSchema', () => {
  it('accepts the REST page sample as it is', () => {
    expect(CreateVersionRequestSchema.parse(restCreateVersionBody)).toEqual(restCreateVersionBody);
  });

  it('accepts a seed 002 config with pre_version_id added', () => {
    const body = { config: { ...seed002DatasetBody.config, pre_version_id: 3 } };
    expect(CreateVersionRequestSchema.parse(body)).toEqual(body);
  });

  it('requires pre_version_id and train_url', () => {
    const { pre_version_id: _p, ...noPre } = restCreateVersionBody.config;
    expect(firstIssue({ config: noPre })).toEqual({
      path: 'config.pre_version_id',
      message: 'pre_version_id is required',
    });
    const { train_url: _t, ...noTrain } = restCreateVersionBody.config;
    expect(firstIssue({ config: noTrain })).toEqual({
      path: 'config.train_url',
      message: 'train_url is required',
    });
  });

  it('refuses volumes and create_version (job-only fields)', () => {
    const body = { config: { ...restCreateVersionBody.config, create_version: true } };
    expect(firstIssue(body).message).toMatch(/create_version/);
  });

  it('reads numeric-or-string ids in the response', () => {
    const r = CreateVersionResponseSchema.parse({
      is_success: true,
      job_id: '10',
      job_name: 'TestModelArtsJob',
      status: 1,
      create_time: 1524189990635,
      version_id: 10,
      version_name: 'V0001',
    });
    expect(r.job_id).toBe(10);
  });
});

describe('UpdateJobDescriptionRequestSchema', () => {
  it('accepts the sample and names a missing or long job_desc', () => {
    expect(
      UpdateJobDescriptionRequestSchema.parse({ job_desc: 'This is a ModelArts job' }),
    ).toEqual({
      job_desc: 'This is a ModelArts job',
    });
    const missing = UpdateJobDescriptionRequestSchema.safeParse({});
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['job_desc'],
      message: 'job_desc is required',
    });
    const long = UpdateJobDescriptionRequestSchema.safeParse({ job_desc: 'x'.repeat(257) });
    expect(long.error?.issues[0]?.message).toBe('job_desc must be at most 256 characters');
  });
});
