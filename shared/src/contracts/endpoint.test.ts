import { describe, expect, it } from 'vitest';
import { endpoint, paramNames, pathOf, pathPattern } from './endpoint.js';
import { V1_PARAM_PATTERNS, v1Endpoints } from './modelarts/v1.js';
import { V2_PARAM_PATTERNS, v2Endpoints } from './modelarts/v2.js';

const e = endpoint({ api: 'v2', method: 'GET', path: 'jobs/{job_id}/tasks/{task_id}', ref: 't' });

describe('endpoint contracts', () => {
  it('fills path parameters, percent-encoding each one', () => {
    expect(pathOf(e, { job_id: 'a b', task_id: '../x' })).toBe('jobs/a%20b/tasks/..%2Fx');
    expect(paramNames(e)).toEqual(['job_id', 'task_id']);
    expect(pathOf(v1Endpoints.listJobs)).toBe('training-jobs');
  });

  it('refuses a missing parameter and a parameter without a pattern', () => {
    expect(() => pathOf(e, { job_id: 'j' } as never)).toThrow('{task_id} is missing');
    expect(() => pathPattern(e, { job_id: 'x' })).toThrow('no pattern for {task_id}');
  });

  it('builds an anchored-ready pattern: literal parts escaped, parameters by pattern', () => {
    const source = pathPattern(v1Endpoints.createVersion, V1_PARAM_PATTERNS);
    expect(source).toBe('training-jobs/\\d{1,19}/versions/?');
    const re = new RegExp(`^${source}$`);
    expect(re.test('training-jobs/12/versions/')).toBe(true);
    expect(re.test('training-jobs/12/versions')).toBe(true);
    expect(re.test('training-jobs/1x/versions')).toBe(false);
    const dotted = endpoint({ api: 'v1', method: 'GET', path: 'a.b/{job_id}', ref: 't' });
    const literal = new RegExp(`^${pathPattern(dotted, V1_PARAM_PATTERNS)}$`);
    expect(literal.test('a.b/1')).toBe(true);
    expect(literal.test('aXb/1')).toBe(false);
  });

  it('defines each method + path once per API', () => {
    for (const [list, patterns] of [
      [v1Endpoints, V1_PARAM_PATTERNS],
      [v2Endpoints, V2_PARAM_PATTERNS],
    ] as const) {
      const keys = Object.values(list).map((x) => `${x.method} ${pathPattern(x, patterns)}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
