import { defineProject } from 'vitest/config';

/** `pnpm mutate emulator`: only the tests of its validation, errors and log cursors. */
const conditions = ['@console/source', 'node', 'development|production'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'emulator-mutation',
    include: [
      'src/http/v1/aom-log.test.ts',
      'src/domain/v1/aom-log-edges.test.ts',
      'src/http/v1/unsafe-strings.test.ts',
      'src/http/v1/create-job.test.ts',
      'src/http/*.test.ts',
      'src/http/iam/*.test.ts',
      'src/http/v2/v2-jobs.test.ts',
    ],
    testTimeout: 60_000,
  },
});
