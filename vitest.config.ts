import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One Vitest run covers every package's unit and integration tests (e2e uses Playwright), and the
// tests of the repository's own checks under scripts/.
export default defineConfig({
  test: {
    // Vitest's default (cores - 1) runs every file one after another on a 2-core machine; the
    // integration tests mostly wait on processes and sockets, so two files at a time halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      'shared',
      'bff',
      'emulator',
      'web',
      { test: { name: 'scripts', include: ['scripts/**/*.test.mjs'], environment: 'node' } },
    ],
  },
});
