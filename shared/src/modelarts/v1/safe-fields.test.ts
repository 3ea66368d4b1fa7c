import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CreateTrainingJobRequestSchema } from './create-job.js';
import { CreateVersionRequestSchema } from './create-version.js';
import { CreateJobConfigRequestSchema } from './job-configs.js';
import { CreateVisualizationJobRequestSchema } from './visualization-jobs.js';
import { restCreateVersionBody } from '../../fixtures/v1-config-bodies.js';
import {
  seed002ImageBody,
  seed002VolumeBody,
  seed004CreateBody,
} from '../../fixtures/v1-seed-bodies.js';

const firstIssue = (schema: z.ZodType, body: unknown) => {
  const r = schema.safeParse(body);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
type Body = { config: Record<string, unknown> };

/** The image sample with one config change. */
const image = (patch: Record<string, unknown>) => {
  const body = clone(seed002ImageBody) as Body;
  Object.assign(body.config, patch);
  return body;
};

describe('v1 strings that reach a process or a path', () => {
  it.each([
    [
      'a NUL in user_command',
      image({ user_command: 'bash run.sh\u0000' }),
      'config.user_command',
      'user_command must not contain a NUL character',
    ],
    [
      'an escape sequence in user_command',
      image({ user_command: 'echo \u001b]0;x\u0007' }),
      'config.user_command',
      'user_command must not contain control characters (found U+001B (ESC))',
    ],
    [
      'a NUL in a parameter value',
      image({ parameter: [{ label: 'CUSTOM_PARAM1', value: '1\u0000' }] }),
      'config.parameter.0.value',
      'value must not contain a NUL character',
    ],
    [
      'a line break in a parameter value',
      image({ parameter: [{ label: 'p', value: '1\n--evil=1' }] }),
      'config.parameter.0.value',
      'value must be a single line (no line breaks)',
    ],
    [
      'a NUL in the image',
      image({ user_image_url: 'img:1\u0000' }),
      'config.user_image_url',
      'user_image_url must not contain a NUL character',
    ],
    [
      'an absolute URL as data_url',
      image({ data_url: 'https://evil.example/x/' }),
      'config.data_url',
      'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ],
    [
      'a relative app_url',
      image({ app_url: 'bucket/dir/' }),
      'config.app_url',
      'app_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ],
    [
      'a climbing train_url',
      image({ train_url: '/usr/../../etc/' }),
      'config.train_url',
      'train_url must not contain a ".." segment',
    ],
    [
      'a NUL in log_url',
      image({ log_url: '/usr/log\u0000/' }),
      'config.log_url',
      'log_url must not contain a NUL character',
    ],
    [
      'a dataset id that climbs',
      image({ data_url: undefined, dataset_id: '../x', dataset_version_id: 'v' }),
      'config.dataset_id',
      'dataset_id may contain only letters, digits, hyphens (-) and underscores (_)',
    ],
  ])('refuses %s, naming the field', (_what, body, path, message) => {
    expect(firstIssue(CreateTrainingJobRequestSchema, body)).toEqual({ path, message });
  });

  it('refuses bad volume paths, naming the field', () => {
    const volume = (v: unknown) => ({
      ...seed002VolumeBody,
      config: { ...seed002VolumeBody.config, volumes: [v] },
    });
    const issue = (v: unknown) => firstIssue(CreateTrainingJobRequestSchema, volume(v));
    expect(issue({ host_path: { src_path: '/root/../etc', dest_path: '/home/x' } })).toEqual({
      path: 'config.volumes.0.host_path.src_path',
      message: 'src_path must not contain a ".." segment',
    });
    expect(issue({ host_path: { src_path: '/root/work', dest_path: 'relative' } })).toEqual({
      path: 'config.volumes.0.host_path.dest_path',
      message: 'dest_path must be an absolute path',
    });
    const nfs = { id: 'fs1', src_path: '1.2.3.4:/', dest_path: '/home/work/nas\u0000' };
    expect(issue({ nfs })).toEqual({
      path: 'config.volumes.0.nfs.dest_path',
      message: 'dest_path must not contain a NUL character',
    });
    expect(issue({ nfs: { ...nfs, dest_path: '/nas', src_path: '/no-host' } })?.path).toBe(
      'config.volumes.0.nfs.src_path',
    );
  });

  it('applies the same rules to versions, saved configurations and visualization jobs', () => {
    const version = clone(restCreateVersionBody) as Body;
    version.config.user_command = 'x\u0000';
    version.config.user_image_url = 'img:1';
    expect(firstIssue(CreateVersionRequestSchema, version)).toEqual({
      path: 'config.user_command',
      message: 'user_command must not contain a NUL character',
    });
    const config = { config_name: 'c1', ...clone(seed004CreateBody.config), train_url: '/x/' };
    expect(firstIssue(CreateJobConfigRequestSchema, config)?.path).toBe('train_url');
    expect(
      firstIssue(CreateVisualizationJobRequestSchema, {
        job_name: 'viz',
        train_url: '../../etc/passwd',
      }),
    ).toEqual({
      path: 'train_url',
      message: 'train_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    });
  });
});
