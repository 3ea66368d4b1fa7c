import { readFileSync } from 'node:fs';
import { defineProject } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `stryker/bff-routes.config.mjs`: the test files of one set (BFF_ROUTES_SET) of
 * stryker/bff-routes-sets.json. Not `mergeConfig`, which would keep the base `include`.
 */
const sets = JSON.parse(
  readFileSync(new URL('../stryker/bff-routes-sets.json', import.meta.url), 'utf8'),
) as Record<string, { tests: string[] }>;
const set = sets[process.env.BFF_ROUTES_SET ?? ''];
if (!set) throw new Error('BFF_ROUTES_SET names no set of stryker/bff-routes-sets.json');

export default defineProject({
  ...base,
  test: {
    ...base.test,
    include: set.tests,
    exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
  },
});
