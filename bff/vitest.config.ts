import { defineProject } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources (the "@console/source" export condition). */
const conditions = ['@console/source', 'node', 'development|production'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { name: 'bff', include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
