import { defineConfig } from 'vitest/config';

// One Vitest run covers every package's unit and integration tests (e2e uses Playwright), and the
// tests of the repository's own checks under scripts/.
export default defineConfig({
  test: {
    projects: [
      'shared',
      'bff',
      'emulator',
      'web',
      { test: { name: 'scripts', include: ['scripts/**/*.test.mjs'], environment: 'node' } },
    ],
  },
});
