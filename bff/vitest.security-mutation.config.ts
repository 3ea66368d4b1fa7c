import { defineProject } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `stryker/bff-security.config.mjs`: only the fast tests of the BFF's security code (allow-lists,
 * header filters, middleware, session routes) and the in-process app tests, so a run fits a
 * shared two-core machine. A mutant these miss may still be killed by the full `pnpm mutate bff`.
 *
 * Not `mergeConfig`: it concatenates arrays, so the base `src/**\/*.test.ts` stayed in `include`
 * and every BFF test file ran for every mutant.
 */
export default defineProject({
  ...base,
  test: {
    ...base.test,
    include: [
      'src/services/*allow-list*.test.ts',
      'src/services/proxy-headers.test.ts',
      'src/services/proxy/upstream-request.test.ts',
      'src/middleware/*.test.ts',
      'src/routes/session-*.test.ts',
      'src/{app,proxy-body,edge-headers}.test.ts',
    ],
    exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
  },
});
