import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The v1, v2 and dataset routes are registered with `route(router, v{1,2}Endpoints.x, …)`
 * (route.ts), so their method and path come from the shared contracts. A route spelled by hand
 * is allowed only where no contract exists, each named here with why.
 */
const SPELLED_ON_PURPOSE = new Map([
  // the console never calls it (the BFF downloads the log itself): no contract
  [
    'v2/v2-logs-routes.ts',
    ["'/training-jobs/:job_id/tasks/:task_id/logs/url'", "'/v2-logs/:job_id/:file'"],
  ],
  // the visualization page the job's `service_url` points to (mounted at /__viz, not an API)
  ['v1/visualization-page.ts', ["'/:job_id'"]],
]);

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.includes('test'))
    .map((d) => path.join(d.parentPath, d.name));
}

describe('emulator routes come from the contracts', () => {
  const here = import.meta.dirname;
  const files = ['v1', 'v2', 'datasets'].flatMap((d) => sources(path.join(here, d)));

  it('no v1, v2 or dataset route path is spelled by hand (except the named ones)', () => {
    const spelled: string[] = [];
    for (const file of files) {
      const rel = path.relative(here, file);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\.(?:get|post|put|delete|patch|all)\(\s*('\/[^']*')/g))
        if (!SPELLED_ON_PURPOSE.get(rel)?.includes(m[1]!)) spelled.push(`${rel}: ${m[1]}`);
    }
    expect(spelled).toEqual([]);
  });

  it('the route registrations name a contract', () => {
    const uses = files.flatMap((f) => [
      ...fs.readFileSync(f, 'utf8').matchAll(/route\(\w+, (v[12])Endpoints\.(\w+)/g),
    ]);
    expect(uses.length).toBeGreaterThan(40);
  });
});
