import { defineConfig } from 'vitest/config';

// One Vitest run covers every package's unit and integration tests (e2e uses Playwright).
export default defineConfig({
  test: {
    projects: ['shared', 'bff', 'emulator', 'web'],
  },
});
