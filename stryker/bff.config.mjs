import { strykerConfig } from './base.mjs';

/** The BFF's security, proxy and log-tail code, against its fast tests (no process-spawning ones). */
export default {
  ...strykerConfig('bff', {
    mutate: [
      'bff/src/{middleware,services,routes}/**/*.ts',
      'bff/src/{validation,error-body,errors}.ts',
      '!bff/src/**/*.test.ts',
    ],
    pkg: 'bff',
  }),
  vitest: { configFile: 'bff/vitest.mutation.config.ts', dir: 'bff', related: false },
};
