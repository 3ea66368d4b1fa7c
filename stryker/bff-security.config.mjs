import { strykerConfig } from './base.mjs';

/**
 * `BFF_SECURITY_SET=allow-list|middleware|session pnpm exec stryker run stryker/bff-security.config.mjs`:
 * one slice of the BFF's security code at a time, against its fast tests only (a quick loop for
 * issue 15; `pnpm mutate bff` remains the full measure).
 */
const sets = {
  'allow-list': [
    'bff/src/services/{allow-list,v1-allow-list,v2-allow-list}.ts',
    'bff/src/services/proxy-headers.ts',
  ],
  middleware: ['bff/src/middleware/**/*.ts', '!bff/src/middleware/**/*.test.ts'],
  session: ['bff/src/routes/session*.ts', '!bff/src/routes/**/*.test.ts'],
};
const set = process.env.BFF_SECURITY_SET ?? 'allow-list';
if (!(set in sets)) throw new Error(`BFF_SECURITY_SET: one of ${Object.keys(sets).join(', ')}`);

export default {
  ...strykerConfig(`bff-security-${set}`, { mutate: sets[set], pkg: 'bff' }),
  vitest: { configFile: 'bff/vitest.security-mutation.config.ts', dir: 'bff', related: false },
  concurrency: 1,
  // the covering tests of one mutant take well under a second (20 s made a hanging mutant cost 20 s)
  timeoutMS: 5_000,
  dryRunTimeoutMinutes: 15,
};
