import { describe, expect, it } from 'vitest';
import { isAllowed } from './allow-list.js';
import { V2_ALLOW_LIST } from './v2-allow-list.js';

const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';
const allowed = (m: string, p: string) => isAllowed(m, p, V2_ALLOW_LIST);

describe('V2_ALLOW_LIST', () => {
  it.each([
    ['POST', 'training-jobs'],
    ['POST', 'training-job-searches'],
    ['GET', `training-jobs/${JOB}`],
    ['PUT', `training-jobs/${JOB}`],
    ['DELETE', `training-jobs/${JOB}`],
    ['POST', `training-jobs/${JOB}/actions`],
    ['GET', `training-jobs/${JOB}/events`],
    ['GET', `training-jobs/${JOB}/metrics/worker-0`],
    ['GET', `training-jobs/${JOB}/tasks/worker-0/logs/preview`],
    ['GET', 'training-job-flavors'],
    ['GET', 'training-job-engines'],
    ['GET', 'algorithms'],
    ['POST', 'algorithms'],
    ['GET', 'algorithms/3f5d6706-7b67-408d-8ba0-ec08048c45ed'],
    ['PUT', 'algorithms/3f5d6706-7b67-408d-8ba0-ec08048c45ed'],
    ['DELETE', 'algorithms/3f5d6706-7b67-408d-8ba0-ec08048c45ed'],
    ['GET', 'datasets'],
    ['GET', 'datasets/gfghHSokody6AJigS5A'],
    ['GET', 'datasets/gfghHSokody6AJigS5A/versions'],
    ['GET', 'datasets/gfghHSokody6AJigS5A/versions/54IXbeJhfttGpL46lbv'],
    ['HEAD', 'training-job-flavors'],
    ['GET', 'search-algorithms'],
    ['GET', `training-jobs/${JOB}/autosearch-trials`],
    ['GET', `training-jobs/${JOB}/autosearch-trials/ae544174`],
    ['POST', `training-jobs/${JOB}/autosearch-trial-earlystop/ae544174`],
    ['GET', `training-jobs/${JOB}/autosearch-parameter-analysis`],
    ['GET', `training-jobs/${JOB}/autosearch-parameter-analysis/learning_rate`],
    ['GET', 'training-jobs/autosearch/yaml-templates'],
    ['GET', 'training-jobs/autosearch/yaml-templates/hpo/Bayes'],
  ])('allows %s %s', (m, p) => expect(allowed(m, p)).toBe(true));

  it.each([
    // The presigned log link stays inside the BFF (see /api/logs/v2/…/download).
    ['GET', `training-jobs/${JOB}/tasks/worker-0/logs/url`],
    ['GET', 'training-jobs'],
    ['GET', 'training-job-searches'],
    ['PATCH', `training-jobs/${JOB}`],
    ['GET', `training-jobs/${JOB}/actions`],
    ['POST', `training-jobs/${JOB}/events`],
    ['GET', `training-jobs/../../v1/x`],
    ['GET', `training-jobs/a%2f..`],
    ['GET', `training-jobs/${'a'.repeat(65)}`],
    ['POST', 'datasets'],
    ['DELETE', 'datasets/abc'],
    ['DELETE', `training-jobs/${JOB}/autosearch-trials/ae544174`],
    ['GET', `training-jobs/${JOB}/autosearch-trial-earlystop/ae544174`],
    ['POST', 'search-algorithms'],
    ['GET', 'training-jobs/autosearch/yaml-templates/hpo/../x'],
    ['GET', 'resourceflavors'],
  ])('refuses %s %s', (m, p) => expect(allowed(m, p)).toBe(false));
});
