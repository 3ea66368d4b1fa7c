import { describe, expect, it } from 'vitest';
import { isAllowed } from './v1-allow-list.js';

describe('V1_ALLOW_LIST', () => {
  it.each([
    ['GET', 'job/resource-specs'],
    ['GET', 'job/ai-engines'],
    ['POST', 'training-jobs'],
    ['DELETE', 'training-jobs/12'],
    ['POST', 'training-jobs/12/versions/34/stop'],
    ['GET', 'training-jobs/12/versions/34/aom-log'],
    ['HEAD', 'training-jobs'],
  ])('allows %s %s', (m, p) => expect(isAllowed(m, p)).toBe(true));

  it.each([
    ['DELETE', 'job/ai-engines'],
    ['GET', 'training-jobs/1/secret'],
    ['GET', 'training-jobs/abc'],
    ['PATCH', 'training-jobs/1'],
    ['GET', 'training-jobs/1/versions/2/aom-log/x'],
    ['GET', '../v3/auth/tokens'],
    ['GET', 'training-jobs/1%2f..'],
  ])('refuses %s %s', (m, p) => expect(isAllowed(m, p)).toBe(false));
});
