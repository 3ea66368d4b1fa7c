import { readFileSync } from 'node:fs';
import { strykerConfig } from './base.mjs';

/**
 * `BFF_ROUTES_SET=log-params pnpm exec stryker run stryker/bff-routes.config.mjs`: one route file
 * whose mutants are mostly static (module-level schemas and tables, run by every test that loads
 * them), against only the test files that run it (stryker/bff-routes-sets.json; the same set picks
 * them in bff/vitest.routes-mutation.config.ts). `pnpm mutate bff` remains the full measure.
 */
const sets = JSON.parse(readFileSync(new URL('./bff-routes-sets.json', import.meta.url), 'utf8'));
delete sets['//'];
const set = process.env.BFF_ROUTES_SET ?? '';
if (!(set in sets)) throw new Error(`BFF_ROUTES_SET: one of ${Object.keys(sets).join(', ')}`);

export default {
  ...strykerConfig(`bff-routes-${set}`, { mutate: sets[set].mutate, pkg: 'bff' }),
  vitest: { configFile: 'bff/vitest.routes-mutation.config.ts', dir: 'bff', related: false },
  concurrency: 1,
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 15,
};
