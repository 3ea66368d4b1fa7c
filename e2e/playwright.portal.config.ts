import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseConfig from './playwright.config.js';
import {
  PORTAL_EMULATOR_OBS_PORT,
  PORTAL_EMULATOR_PORT,
  PORTAL_IDP_PORT,
  PORTAL_ISSUER,
  PORTAL_ORIGIN,
  PORTAL_BFF_PORT,
} from './portal/ports.js';

/**
 * The team portal (AUTH_MODE=oidc) in Chromium: a real OpenID Connect provider (oidc-provider),
 * the emulator and the built BFF with the AK/SK service account, on ports of its own.
 */
const origin = PORTAL_ORIGIN;
const issuer = PORTAL_ISSUER;
const dataDir = join(tmpdir(), `modelarts-e2e-portal-${process.pid}`);

export default defineConfig({
  ...baseConfig,
  testDir: './portal',
  reporter: [['list'], ['json', { outputFile: '../reports/playwright-portal.json' }]],
  outputDir: '../reports/e2e-artifacts/portal',
  // the registered redirect URI and the CSRF origin are PUBLIC_ORIGIN: the browser uses exactly it
  use: { ...baseConfig.use, baseURL: origin },
  webServer: [
    {
      command: 'node --conditions=@console/source --import tsx ../bff/src/test-support/run-idp.ts',
      wait: { stdout: /IDP_LISTENING issuer=/ },
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { IDP_PORT: String(PORTAL_IDP_PORT), CONSOLE_ORIGIN: origin },
    },
    {
      // the built emulator and BFF (start.mjs), the BFF in oidc mode with the service account
      command: 'node ../scripts/start.mjs',
      url: `${origin}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(PORTAL_BFF_PORT),
        EMULATOR_PORT: String(PORTAL_EMULATOR_PORT),
        EMULATOR_OBS_PORT: String(PORTAL_EMULATOR_OBS_PORT),
        EMULATOR_DATA_DIR: dataDir,
        LOG_POLL_INTERVAL_MS: '500',
        LOG_LEVEL: 'warn',
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'ml-console',
        OIDC_CLIENT_SECRET: 'oidc-client-secret-0123456789abcdef',
        PUBLIC_ORIGIN: origin,
        PORTAL_CONFIG: fileURLToPath(new URL('./portal/portal.e2e.yaml', import.meta.url)),
        TEAM_AK: 'EMULATORDEMOAK000001',
        TEAM_SK: 'emulator-demo-secret-key-0000000000000001',
      },
    },
  ],
});
