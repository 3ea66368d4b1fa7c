import { strykerConfig } from './base.mjs';

/** The emulator's validation, error and log-cursor code, against the tests that cover it. */
export default {
  ...strykerConfig('emulator', {
    mutate: [
      'emulator/src/domain/v1/aom-log.ts',
      'emulator/src/domain/v1/errors.ts',
      'emulator/src/domain/v2/v2-errors.ts',
      'emulator/src/http/iam/aksk-auth.ts',
      'emulator/src/http/*.ts',
      '!emulator/src/**/*.test.ts',
    ],
    pkg: 'emulator',
  }),
  vitest: { configFile: 'emulator/vitest.mutation.config.ts', dir: 'emulator', related: false },
};
