import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_BFF_PORT, E2E_EMULATOR_OBS_PORT, E2E_EMULATOR_PORT } from './tests/support/env.js';

const dataDir = join(tmpdir(), `modelarts-e2e-${process.pid}`);
/** The shipped example price table (sample prices): the forms' cost estimate is tested with it. */
export const PRICE_TABLE_FILE = fileURLToPath(
  new URL('../config/prices.example.json', import.meta.url),
);

export default defineConfig({
  testDir: './tests',
  timeout: 150_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../reports/playwright.json' }]],
  outputDir: '../reports/e2e-artifacts',
  use: {
    baseURL: `http://localhost:${E2E_BFF_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // The built servers (`node dist/main.js`, as in production): `pnpm build` must run first.
  webServer: {
    command: 'node ../scripts/start.mjs',
    url: `http://localhost:${E2E_BFF_PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(E2E_BFF_PORT),
      EMULATOR_PORT: String(E2E_EMULATOR_PORT),
      EMULATOR_OBS_PORT: String(E2E_EMULATOR_OBS_PORT),
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_CONTROL: '1',
      LOG_POLL_INTERVAL_MS: '500',
      LOG_LEVEL: 'warn',
      PRICE_TABLE_FILE,
      // the job list is drawn by the BFF on every page load, however busy the machine (the default
      // 600 ms budget gives up under load, by design: bff/src/routes/prerender.test.ts)
      PRERENDER_BUDGET_MS: '10000',
    },
  },
});
