import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.js';
import {
  CLUSTER_EMULATOR_PORT,
  CLUSTER_ORIGIN,
  CLUSTER_PORT,
  CLUSTER_REDIS_PORT,
  CLUSTER_REPLICA_PORTS,
  CLUSTER_STATE_FILE,
} from './cluster/ports.js';

/**
 * Several BFF replicas (issue 10) in Chromium: redis-server, the emulator, two built BFF replicas
 * (bff/dist/main.js, one SESSION_SECRET, REPLICA_ID bff-a/bff-b) and nginx balancing them, on
 * ports 18380-18389 (bff/src/test-support/run-cluster.ts, as `pnpm start:cluster` runs it). A
 * replica that exits is started again on its port, so a test restarts one with SIGTERM
 * (cluster/replicas.ts). `pnpm build` must run first.
 */
export default defineConfig({
  ...baseConfig,
  testDir: './cluster',
  reporter: [['list'], ['json', { outputFile: '../reports/playwright-cluster.json' }]],
  outputDir: '../reports/e2e-artifacts/cluster',
  use: { ...baseConfig.use, baseURL: CLUSTER_ORIGIN },
  webServer: {
    command:
      'node --conditions=@console/source --import tsx ../bff/src/test-support/run-cluster.ts',
    url: `${CLUSTER_ORIGIN}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // run-cluster.ts stops every process and removes its temp folders on SIGTERM
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    env: {
      CLUSTER_PORT: String(CLUSTER_PORT),
      CLUSTER_REDIS_PORT: String(CLUSTER_REDIS_PORT),
      CLUSTER_EMULATOR_PORT: String(CLUSTER_EMULATOR_PORT),
      CLUSTER_REPLICA_PORTS: CLUSTER_REPLICA_PORTS.join(','),
      CLUSTER_ENTRY: 'built',
      CLUSTER_STATE_FILE,
      EMULATOR_CONTROL: '1',
      LOG_POLL_INTERVAL_MS: '500',
      LOG_LEVEL: 'warn',
    },
  },
});
