import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowed, type AllowedRoute } from './allow-list.js';
import { V1_ALLOW_LIST } from './v1-allow-list.js';
import { V2_ALLOW_LIST } from './v2-allow-list.js';

const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const;

/** Allowed paths whose id segments can be swapped for `.`/`..`, which the upstream would resolve. */
const V2_PATHS = [
  'training-jobs/autosearch/yaml-templates/hpo/Bayes',
  `training-jobs/${JOB}`,
  `training-jobs/${JOB}/autosearch-trials/ae544174`,
  'algorithms/3f5d6706-7b67-408d-8ba0-ec08048c45ed',
  'datasets/gfghHSokody6AJigS5A/versions/54IXbeJhfttGpL46lbv',
];
const V1_PATHS = [
  'training-jobs/12/versions/34',
  'training-job-configs/config_123-a',
  'visualization-jobs/7',
];

function dotted(paths: readonly string[]) {
  return fc
    .tuple(fc.constantFrom(...paths), fc.nat(), fc.constantFrom('.', '..'))
    .map(([path, at, dots]) => {
      const segs = path.split('/');
      segs[1 + (at % (segs.length - 1))] = dots; // never the first, fixed segment
      return segs.join('/');
    });
}

describe.each([
  ['v2', V2_ALLOW_LIST, V2_PATHS],
  ['v1', V1_ALLOW_LIST, V1_PATHS],
] as [string, readonly AllowedRoute[], string[]][])(
  '%s allow-list: dot segments',
  (_v, list, paths) => {
    it('refuses `.` or `..` as any id segment, for every method (property)', () => {
      fc.assert(
        fc.property(dotted(paths), fc.constantFrom(...METHODS), (path, method) => {
          expect(isAllowed(method, path, list)).toBe(false);
        }),
        { seed: 15, numRuns: 400 },
      );
    });
  },
);

describe('v2 allow-list: the issue-15 path', () => {
  it('refuses yaml-templates/../.. (the upstream would normalise it to a list endpoint)', () => {
    expect(isAllowed('GET', 'training-jobs/autosearch/yaml-templates/../..', V2_ALLOW_LIST)).toBe(
      false,
    );
    expect(isAllowed('GET', 'training-jobs/autosearch/yaml-templates/./Bayes', V2_ALLOW_LIST)).toBe(
      false,
    );
  });
});
