import { describe, expect, it } from 'vitest';
import { v1Endpoints } from './modelarts/v1.js';
import { v2Endpoints } from './modelarts/v2.js';
import { v1Roles, v2Roles } from './roles.js';

// The role each endpoint needs in the team portal: reads are for viewers, writes for operators,
// deleting jobs for admins, and v2's job search (a read sent as POST) for viewers.

describe('endpoint roles', () => {
  it('names a role for every endpoint', () => {
    expect(Object.keys(v1Roles).sort()).toEqual(Object.keys(v1Endpoints).sort());
    expect(Object.keys(v2Roles).sort()).toEqual(Object.keys(v2Endpoints).sort());
  });

  it('the exceptions', () => {
    expect(v1Roles.deleteJob).toBe('admin');
    expect(v1Roles.deleteVersion).toBe('admin');
    expect(v1Roles.deleteVisualizationJob).toBe('admin');
    expect(v2Endpoints.searchJobs.method).toBe('POST');
    expect(v2Roles.searchJobs).toBe('viewer');
    expect(v2Roles.deleteJob).toBe('admin');
  });

  it('otherwise GET is viewer and any other method operator', () => {
    const exceptions = new Set([
      'v1.deleteJob',
      'v1.deleteVersion',
      'v1.deleteVisualizationJob',
      'v2.searchJobs',
      'v2.deleteJob',
    ]);
    const tables = [
      ['v1', v1Endpoints, v1Roles],
      ['v2', v2Endpoints, v2Roles],
    ] as const;
    let reads = 0;
    let writes = 0;
    for (const [api, endpoints, roles] of tables)
      for (const [name, e] of Object.entries(endpoints)) {
        if (exceptions.has(`${api}.${name}`)) continue;
        const role = (roles as Record<string, string>)[name];
        expect(role, `${api}.${name}`).toBe(e.method === 'GET' ? 'viewer' : 'operator');
        if (e.method === 'GET') reads++;
        else writes++;
      }
    expect(reads).toBeGreaterThan(0);
    expect(writes).toBeGreaterThan(0);
  });
});
