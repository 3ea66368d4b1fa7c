import { defineProject } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources (the "@console/source" export condition). */
const conditions = ['@console/source', 'node', 'development|production'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { name: 'shared', include: ['src/**/*.test.ts'] },
});
