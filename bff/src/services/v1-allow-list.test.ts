import { describe, expect, it } from 'vitest';
import { isAllowed, V1_ALLOW_LIST } from './v1-allow-list.js';

describe('V1_ALLOW_LIST', () => {
  it.each([
    ['GET', 'job/resource-specs'],
    ['GET', 'job/ai-engines'],
    ['GET', 'training-jobs'],
    ['POST', 'training-jobs'],
    ['PUT', 'training-jobs/12'],
    ['DELETE', 'training-jobs/12'],
    ['GET', 'training-jobs/12/versions'],
    ['POST', 'training-jobs/12/versions'],
    ['POST', 'training-jobs/12/versions/'],
    ['GET', 'training-jobs/12/versions/34'],
    ['DELETE', 'training-jobs/12/versions/34'],
    ['POST', 'training-jobs/12/versions/34/stop'],
    ['GET', 'training-jobs/12/versions/34/log/file-names'],
    ['GET', 'training-jobs/12/versions/34/aom-log'],
    ['GET', 'built-in-algorithms'],
    ['GET', 'training-job-configs'],
    ['POST', 'training-job-configs'],
    ['GET', 'training-job-configs/config_123-a'],
    ['PUT', 'training-job-configs/config_123-a'],
    ['DELETE', 'training-job-configs/config_123-a'],
    ['HEAD', 'training-jobs'],
    ['GET', 'visualization-jobs'],
    ['POST', 'visualization-jobs'],
    ['GET', 'visualization-jobs/7'],
    ['PUT', 'visualization-jobs/7'],
    ['DELETE', 'visualization-jobs/7'],
    ['POST', 'visualization-jobs/7/stop'],
    ['POST', 'visualization-jobs/7/restart'],
  ])('allows %s %s', (m, p) => expect(isAllowed(m, p)).toBe(true));

  it.each([
    ['DELETE', 'job/ai-engines'],
    ['GET', 'training-jobs/1/secret'],
    ['GET', 'training-jobs/abc'],
    ['PATCH', 'training-jobs/1'],
    ['GET', 'training-jobs/1/versions/2/aom-log/x'],
    ['GET', '../v3/auth/tokens'],
    ['GET', 'training-jobs/1%2f..'],
    ['PUT', 'training-jobs/1/versions/2'],
    ['POST', 'training-jobs/1/versions//'],
    ['GET', 'training-jobs/1/versions/2/stop'],
    ['POST', 'built-in-algorithms'],
    ['POST', 'training-job-configs/name'],
    ['GET', `training-job-configs/${'a'.repeat(65)}`],
    ['GET', 'training-job-configs/a.b'],
    ['GET', 'training-job-configs/..'],
    ['GET', 'datasets'],
    ['GET', 'training-jobs/12'], // v1 has no single-job GET (catalog §3.0)
    ['GET', 'visualization-jobs/abc'],
    ['POST', 'visualization-jobs/7/delete'],
  ])('refuses %s %s', (m, p) => expect(isAllowed(m, p)).toBe(false));

  it('names a catalog section on every row', () => {
    for (const r of V1_ALLOW_LIST) expect(r.ref).toMatch(/^3\.\d+/);
  });
});
