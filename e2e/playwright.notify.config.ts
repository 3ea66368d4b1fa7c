import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.js';

/**
 * Job notifications to a webhook (NOTIFY_WEBHOOK_URL): the spec starts its own receiver on a free
 * loopback port, then the built stack pointed at it (`notify/notify-stack.ts`, free ports and a
 * data folder of its own), so this config starts no server.
 */
export default defineConfig({
  ...baseConfig,
  testDir: './notify',
  webServer: undefined,
  use: { ...baseConfig.use, baseURL: undefined },
  reporter: [['list'], ['json', { outputFile: '../reports/playwright-notify.json' }]],
  outputDir: '../reports/e2e-artifacts/notify',
});
