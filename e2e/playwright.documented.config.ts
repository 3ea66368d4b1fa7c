import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.js';

/** The console against the documented-responses upstream (issue 8); apart from the main e2e ports. */
export const DOCUMENTED_BFF_PORT = 18180;
export const DOCUMENTED_UPSTREAM_PORT = 18181;
const upstream = `http://127.0.0.1:${DOCUMENTED_UPSTREAM_PORT}`;

export default defineConfig({
  ...baseConfig,
  testDir: './documented',
  reporter: [['list'], ['json', { outputFile: '../reports/playwright-documented.json' }]],
  outputDir: '../reports/e2e-artifacts/documented',
  use: { ...baseConfig.use, baseURL: `http://localhost:${DOCUMENTED_BFF_PORT}` },
  webServer: [
    {
      command:
        'node --conditions=@console/source --import tsx ../bff/src/test-support/documented-upstream/main.ts',
      wait: { stdout: /DOCUMENTED_UPSTREAM_LISTENING port=\d+/ },
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { DOCUMENTED_UPSTREAM_PORT: String(DOCUMENTED_UPSTREAM_PORT) },
    },
    {
      // the built BFF; with both endpoints set, start.mjs starts no emulator
      command: 'node ../scripts/start.mjs',
      url: `http://localhost:${DOCUMENTED_BFF_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(DOCUMENTED_BFF_PORT),
        IAM_ENDPOINT: upstream,
        MODELARTS_ENDPOINT: upstream,
        LOG_POLL_INTERVAL_MS: '500',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
