import { describe, expect, it } from 'vitest';
import { expressPath } from './express-path.js';
import { paramNames } from './endpoint.js';
import { v1Endpoints } from './modelarts/v1.js';
import { v2Endpoints } from './modelarts/v2.js';

describe('expressPath', () => {
  it('turns {params} into :params', () => {
    expect(expressPath(v1Endpoints.getVersion)).toBe('/training-jobs/:job_id/versions/:version_id');
    expect(expressPath(v2Endpoints.yamlTemplate)).toBe(
      '/training-jobs/autosearch/yaml-templates/:algorithm_type/:algorithm_name',
    );
    expect(expressPath(v1Endpoints.listJobs)).toBe('/training-jobs');
  });

  it('keeps every parameter of every contract, and no brace', () => {
    for (const e of [...Object.values(v1Endpoints), ...Object.values(v2Endpoints)]) {
      const p = expressPath(e);
      expect(p).not.toMatch(/[{}]/);
      expect([...p.matchAll(/:([a-z_]+)/g)].map((m) => m[1])).toEqual(paramNames(e));
    }
  });
});
