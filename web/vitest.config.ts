import { defineProject } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';

export default defineProject({
  plugins: [react()],
  // @console/shared resolves to its TypeScript sources (the "@console/source" export condition).
  resolve: { conditions: ['@console/source', ...defaultClientConditions] },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // Form tests type with user-event; on 2 busy cores (emulator tests run alongside) 5 s is too tight.
    testTimeout: 20_000,
  },
});
