import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paths } from '../config/paths.js';
import { pageAt } from './page-modules.js';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const num = fc.integer({ min: 1, max: 2 ** 31 });

describe('pageAt: the page the browser opens at, as the router matches it', () => {
  it('finds every page from its own address', () => {
    fc.assert(
      fc.property(num, num, id, (jobId, versionId, name) => {
        expect(pageAt(paths.jobs.href())).toBe('jobs');
        expect(pageAt(paths.createJob.href())).toBe('createJob');
        expect(pageAt(paths.v1Job.href(jobId, versionId))).toBe('v1Job');
        expect(pageAt(paths.v1NewVersion.href(jobId, versionId))).toBe('v1NewVersion');
        expect(pageAt(paths.v2CreateJob.href())).toBe('v2CreateJob');
        expect(pageAt(paths.v2Job.href(name))).toBe(name === 'create' ? 'v2CreateJob' : 'v2Job');
        expect(pageAt(paths.configs.href())).toBe('configs');
        expect(pageAt(paths.createConfig.href())).toBe('createConfig');
        expect(pageAt(paths.config.href(name))).toBe(name === 'create' ? 'createConfig' : 'config');
        expect(pageAt(paths.editConfig.href(name))).toBe('editConfig');
        expect(pageAt(paths.obs.path)).toBe('obs');
        expect(pageAt(paths.audit.path)).toBe('audit');
        expect(pageAt(paths.login.path)).toBe('login');
      }),
      { seed: 1207, numRuns: 200 },
    );
  });

  it('prefers fixed segments over parameters, and knows no other address', () => {
    expect(pageAt('/jobs/v2/create')).toBe('v2CreateJob');
    expect(pageAt('/configs/create')).toBe('createConfig');
    expect(pageAt('/jobs/')).toBe('jobs');
    for (const nowhere of [
      '/',
      '/job',
      '/jobs/v3/x',
      '/jobs/v1/1/versions',
      '/audit/x',
      '/../jobs/x',
    ])
      expect(pageAt(nowhere)).toBeUndefined();
  });
});
