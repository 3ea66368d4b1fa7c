import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_MOUNTS } from '../middleware/edge.js';
import { startTwinApp, type TwinApp } from '../test-support/twin-app.js';
import { fastRoute } from './fast-route.js';

/** Paths of allow-listed GETs (of v1 or v2), and near misses. */
const ALLOWED_SHAPES = [
  'job/resource-specs',
  'job/ai-engines',
  'training-jobs',
  'training-jobs/12',
  'training-jobs/404',
  'training-jobs/403',
  'training-jobs/12/versions/3',
  'training-jobs/12/versions/3/log/file-names',
  'training-jobs/job-1/events',
  'training-job-configs/cfg_1',
  'datasets/d1/versions',
  'training-jobs/12/versions/3/',
  'training-jobs/12/versions/-3',
];

describe('the fast path and Express, hostile mixes', () => {
  let t: TwinApp;
  let cookie: string;

  beforeAll(async () => {
    t = await startTwinApp();
    cookie = await t.login();
  });
  afterAll(() => t.close());

  it('property: any mix of paths, queries, cookies and encodings answers alike (seed 1414)', async () => {
    const segment = fc.constantFrom(
      'job',
      'resource-specs',
      'ai-engines',
      'training-jobs',
      '404',
      '403',
      '12',
      'versions',
      '3',
      '..',
      '.',
      '%2e%2e',
      '%2F',
      'a%2fb',
      '%00',
      '__proto__',
      'constructor',
      'training-job-configs',
      'cfg_1',
      'log',
      'file-names',
      '',
      'x'.repeat(300),
    );
    const query = fc.array(
      fc.tuple(
        fc.constantFrom(
          '__proto__',
          'constructor[prototype][x]',
          'job_type',
          'page',
          'a[]',
          'hasOwnProperty',
          '%00',
        ),
        fc.constantFrom('train', '1', '%00', '..', '%2F', 'x'.repeat(500)),
      ),
      { maxLength: 6 },
    );
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/v1/', '/api/v2/', '/api/V1/', '/api/v1//'),
        fc.oneof(
          fc.constantFrom(...ALLOWED_SHAPES),
          fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/')),
        ),
        query,
        fc.constantFrom('good', 'bad', 'none'),
        fc.constantFrom('gzip', 'br', 'none'),
        async (prefix, rel, q, who, enc) => {
          const qs = q.map(([k, v]) => `${k}=${v}`).join('&');
          const path = `${prefix}${rel}${qs ? `?${qs}` : ''}`;
          const headers: Record<string, string> = {};
          if (who !== 'none') headers.cookie = who === 'good' ? cookie : 'mac_sid=forged';
          if (enc !== 'none') headers['accept-encoding'] = enc;
          if (fastRoute('GET', path, headers, PROXY_MOUNTS)) taken += 1;
          await t.both(path, headers);
        },
      ),
      { seed: 1414, numRuns: 80 },
    );
    // the comparison covered calls the fast path took, not only ones it left to Express
    expect(taken).toBeGreaterThan(5);
  });
});
