import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CreateAlgorithmRequestSchema } from './algorithms.js';
import { InputRemoteSchema } from './channels.js';
import {
  CreateTrainingJobV2RequestSchema,
  EnvironmentsRequestSchema,
  JobAlgorithmRequestSchema,
  SpecResourceRequestSchema,
  SpecVolumeSchema,
} from './create-job.js';
import { JobEventsQuerySchema } from './events.js';

/** Each issue as `path: message`, [] when accepted. */
const issues = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('v2 job request rules (catalog §4.1, §5.2)', () => {
  it('environments: at most 100 names of [A-Za-z_][A-Za-z0-9_]*', () => {
    const env = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`V${i}`, 'x']));
    expect(issues(EnvironmentsRequestSchema, env(100))).toEqual([]);
    expect(issues(EnvironmentsRequestSchema, env(101))).toEqual([
      ': environments: at most 100 variables',
    ]);
    const long = `A${'b'.repeat(8191)}`;
    expect(issues(EnvironmentsRequestSchema, { [long]: '' })).toEqual([]);
    expect(issues(EnvironmentsRequestSchema, { [`${long}c`]: '' })).toEqual([
      `${long}c: environments: name "${long.slice(0, 64)}" must match [A-Za-z_][A-Za-z0-9_]* (at most 8192 characters)`,
    ]);
    expect(issues(EnvironmentsRequestSchema, { '1X': 'v' })).toEqual([
      '1X: environments: name "1X" must match [A-Za-z_][A-Za-z0-9_]* (at most 8192 characters)',
    ]);
  });

  it.each(['', '/home', '/home/ma-user/code'])('local_code_dir %j is under /home', (dir) =>
    expect(issues(JobAlgorithmRequestSchema, { id: 'a1', local_code_dir: dir })).toEqual([]),
  );

  it.each(['/homework', '/tmp', '/', '/hom'])('local_code_dir %j is refused', (dir) =>
    expect(issues(JobAlgorithmRequestSchema, { id: 'a1', local_code_dir: dir })).toEqual([
      'local_code_dir: algorithm.local_code_dir must be under /home',
    ]),
  );

  const nfs = { nfs_server_path: '10.0.0.1:/share', local_path: '/data' };
  const obs = { obs_path: '/bkt/d/', local_path: '/obs' };
  it.each([
    [{ nfs }, []],
    [{ obs }, []],
    [{ pfs: { pfs_path: '/bkt/p/' } }, []],
    [{}, [': a volume needs exactly one of nfs, pfs or obs']],
    [{ nfs, obs }, [': a volume needs exactly one of nfs, pfs or obs']],
  ])('volume %j', (volume, expected) => expect(issues(SpecVolumeSchema, volume)).toEqual(expected));

  it.each([
    [{ flavor_id: 'modelarts.vm.cpu.2u' }, []],
    [{ pool_id: 'pool-1', node_count: 2 }, []],
    [
      { node_count: 1 },
      ['flavor_id: spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)'],
    ],
    [
      { flavor_id: '' },
      ['flavor_id: spec.resource needs flavor_id (public pool) or pool_id (dedicated pool)'],
    ],
  ])('resource %j', (resource, expected) =>
    expect(issues(SpecResourceRequestSchema, resource)).toEqual(expected),
  );

  const obsRemote = { obs_url: '/bkt/in/' };
  const dataset = { id: 'ds1', version_id: 'v1' };
  it.each([
    [{ obs: obsRemote }, []],
    [{ dataset }, []],
    [{}, [': remote needs exactly one of obs or dataset']],
    [{ obs: obsRemote, dataset }, [': remote needs exactly one of obs or dataset']],
  ])('input remote %j', (remote, expected) =>
    expect(issues(InputRemoteSchema, remote)).toEqual(expected),
  );

  const metadata = { name: 'job-1' };
  it.each([
    [
      'a job without algorithm and resource',
      { kind: 'job', metadata },
      [
        'algorithm: algorithm is required',
        'spec.resource: spec.resource is required (flavor_id or pool_id)',
      ],
    ],
    [
      'a job without resource',
      { kind: 'job', metadata, algorithm: { id: 'a1' }, spec: {} },
      ['spec.resource: spec.resource is required (flavor_id or pool_id)'],
    ],
    [
      'a job with empty tasks',
      { kind: 'job', metadata, tasks: [] },
      [
        'algorithm: algorithm is required',
        'spec.resource: spec.resource is required (flavor_id or pool_id)',
      ],
    ],
    ['a job with tasks', { kind: 'job', metadata, tasks: [{ role: 'worker' }] }, []],
    ['a visualization job', { kind: 'visualization_job', metadata }, []],
  ])('%s', (_why, body, expected) =>
    expect(issues(CreateTrainingJobV2RequestSchema, body)).toEqual(expected),
  );
});

describe('v2 algorithm request rules (catalog §4.13)', () => {
  const metadata = { name: 'algo-1' };
  const GO_TOGETHER = 'job_config.code_dir and job_config.boot_file go together';
  it.each([
    [{}, []],
    [{ code_dir: '/bkt/c/', boot_file: '/bkt/c/t.py' }, []],
    [{ code_dir: '/bkt/c/' }, [`job_config.boot_file: ${GO_TOGETHER}`]],
    [{ boot_file: '/bkt/c/t.py' }, [`job_config.code_dir: ${GO_TOGETHER}`]],
    [{ code_dir: '/bkt/c/', command: 'sh run.sh' }, []],
    [{ engine: { image_url: 'o/i:1' }, command: 'sh run.sh' }, []],
    [{ engine: { image_url: 'o/i:1' }, code_dir: '/bkt/c/', boot_file: '/bkt/c/t.py' }, []],
    [
      { engine: { image_url: 'o/i:1' } },
      ['job_config.command: job_config.command is required with engine.image_url'],
    ],
    [
      { engine: { image_url: 'o/i:1' }, code_dir: '/bkt/c/' },
      [
        `job_config.boot_file: ${GO_TOGETHER}`,
        'job_config.command: job_config.command is required with engine.image_url',
      ],
    ],
    [{ engine: { engine_name: 'PyTorch' } }, []],
  ])('job_config %j', (job_config, expected) =>
    expect(issues(CreateAlgorithmRequestSchema, { metadata, job_config })).toEqual(expected),
  );

  it('accepts an algorithm without job_config', () => {
    expect(issues(CreateAlgorithmRequestSchema, { metadata })).toEqual([]);
  });
});

describe('v2 events query (catalog §4.11)', () => {
  it.each([
    [{}, []],
    [{ limit: '1' }, []],
    [{ limit: '100' }, []],
    [{ limit: '0' }, ['limit: limit must be an integer between 1 and 100']],
    [{ limit: '101' }, ['limit: limit must be an integer between 1 and 100']],
    [{ source: 'k8s' }, []],
    [{ source: 'Job' }, []],
    [{ source: 'task' }, []],
    [{ source: 'pod' }, ['source: source must be K8S, Job or Task']],
    [{ start_time: '1', end_time: '2' }, []],
    [{ start_time: '1' }, ['start_time: start_time and end_time must be given together']],
    [{ end_time: '2' }, ['start_time: start_time and end_time must be given together']],
  ])('%j', (query, expected) => expect(issues(JobEventsQuerySchema, query)).toEqual(expected));
});
