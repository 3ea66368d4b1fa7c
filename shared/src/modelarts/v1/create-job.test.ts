import { describe, expect, it } from 'vitest';
import { CreateTrainingJobRequestSchema, CreateTrainingJobResponseSchema } from './create-job.js';
import {
  seed002DatasetBody,
  seed002ImageBody,
  seed002VolumeBody,
  seed004CreateBody,
} from '../../fixtures/v1-seed-bodies.js';

const firstIssue = (body: unknown) => {
  const r = CreateTrainingJobRequestSchema.safeParse(body);
  if (r.success) throw new Error('expected a validation error');
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
};

const withConfig = (patch: Record<string, unknown>, drop: string[] = []) => {
  const config: Record<string, unknown> = { ...seed004CreateBody.config, ...patch };
  for (const key of drop) delete config[key];
  return { ...seed004CreateBody, config };
};

describe('CreateTrainingJobRequestSchema', () => {
  it.each([
    ['seed 004', seed004CreateBody],
    ['seed 002 dataset', seed002DatasetBody],
    ['seed 002 custom image', seed002ImageBody],
    ['seed 002 volumes', seed002VolumeBody],
  ])('accepts the documented %s body as it is', (_name, body) => {
    expect(CreateTrainingJobRequestSchema.parse(body)).toEqual(body);
  });

  it('names the field of a bad job name', () => {
    expect(firstIssue({ ...seed004CreateBody, job_name: 'bad name!' })).toEqual({
      path: 'job_name',
      message: 'job_name may contain only letters, digits, hyphens (-) and underscores (_)',
    });
  });

  it('requires one code source', () => {
    expect(firstIssue(withConfig({}, ['app_url', 'boot_file_url'])).path).toBe('config.app_url');
  });

  it('requires the boot file to sit inside the code directory', () => {
    expect(firstIssue(withConfig({ boot_file_url: '/other-bucket/x.py' }))).toEqual({
      path: 'config.boot_file_url',
      message: 'boot_file_url must be inside app_url',
    });
  });

  it('rejects two data sources at once', () => {
    expect(firstIssue(withConfig({ data_url: '/test-modelarts/dataset-mnist/' })).message).toMatch(
      /exclusive/,
    );
  });

  it('requires a resource', () => {
    expect(firstIssue(withConfig({}, ['flavor'])).path).toBe('config.spec_id');
  });

  it('bounds the worker count', () => {
    expect(firstIssue(withConfig({ worker_server_num: 0 }))).toEqual({
      path: 'config.worker_server_num',
      message: 'worker_server_num must be at least 1',
    });
  });

  it('rejects unknown config keys (strict writer)', () => {
    expect(firstIssue(withConfig({ gpu_count: 2 })).path).toBe('config');
  });

  it('reads ids sent as strings in the REST sample', () => {
    const parsed = CreateTrainingJobResponseSchema.parse({
      is_success: true,
      job_id: '10',
      job_name: 'TestModelArtsJob',
      status: '1',
      create_time: '1524189990635',
      version_id: '10',
      version_name: 'V0001',
    });
    expect(parsed).toMatchObject({ job_id: 10, status: 1, create_time: 1524189990635 });
  });
});
