import { strykerConfig } from './base.mjs';

/** The emulator's validation, error and log-cursor code, against the tests that cover it. */
export default {
  ...strykerConfig('emulator', {
    mutate: [
      'emulator/src/v1/aom-log.ts',
      'emulator/src/v1/errors.ts',
      'emulator/src/v2/v2-errors.ts',
      'emulator/src/iam/aksk-auth.ts',
      'emulator/src/http/*.ts',
      '!emulator/src/**/*.test.ts',
    ],
    pkg: 'emulator',
  }),
  vitest: { configFile: 'emulator/vitest.mutation.config.ts', dir: 'emulator', related: false },
};
