import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@console/shared';
import { seed004CreateBody } from '@console/shared/fixtures';
import { startBuilt, type BuiltServer } from '../test-support/spawn-built.js';

const BFF_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EMULATOR_DIR = path.dirname(
  createRequire(import.meta.url).resolve('@console/emulator/package.json'),
);
const DEMO = { domain: 'demo', username: 'demo', password: 'demo', project: 'eu-de' };

/**
 * What production runs: `pnpm build` output started with plain `node dist/main.js` (no tsx). Builds
 * shared, emulator and bff first (incremental: quick when `pnpm build` already ran).
 */
describe('built servers (node dist/main.js)', () => {
  let emulator: BuiltServer;
  let bff: BuiltServer;
  let base: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-emulator-'));

  beforeAll(async () => {
    await promisify(execFile)(
      'pnpm',
      [
        '--filter',
        '@console/shared',
        '--filter',
        '@console/emulator',
        '--filter',
        '@console/bff',
        'build',
      ],
      { cwd: BFF_DIR },
    );
    emulator = await startBuilt({
      cwd: EMULATOR_DIR,
      env: { EMULATOR_PORT: '0', EMULATOR_DATA_DIR: dataDir },
      readyPattern: /EMULATOR_LISTENING port=(\d+)/,
    });
    const upstream = `http://127.0.0.1:${emulator.port}`;
    bff = await startBuilt({
      cwd: BFF_DIR,
      env: { PORT: '0', IAM_ENDPOINT: upstream, MODELARTS_ENDPOINT: upstream },
      readyPattern: /BFF_LISTENING port=(\d+)/,
    });
    base = `http://127.0.0.1:${bff.port}`;
  }, 300_000);
  afterAll(async () => {
    await bff?.stop();
    await emulator?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('start without a loader and answer health, readiness and metrics', async () => {
    expect(bff.args).toEqual(['dist/main.js']);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  });

  it('run a v1 job from the shipped sample to Completed through the BFF', async () => {
    const login = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
      body: JSON.stringify(DEMO),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const body = {
      ...seed004CreateBody,
      job_name: 'built_server_job',
      config: {
        ...seed004CreateBody.config,
        parameter: [
          { label: 'max_steps', value: '4' },
          { label: 'step_seconds', value: '0.1' },
        ],
      },
    };
    const created = await fetch(`${base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(200);
    const { job_id: jobId, version_id: versionId } = (await created.json()) as Record<
      string,
      number
    >;
    await vi.waitFor(
      async () => {
        const v = await fetch(`${base}/api/v1/training-jobs/${jobId}/versions/${versionId}`, {
          headers: { cookie },
        });
        const status = Number(((await v.json()) as { status: unknown }).status);
        if (status >= 11 && status <= 14) throw new Error(`job ended with status ${status}`);
        expect(status).toBe(10);
      },
      { timeout: 90_000, interval: 250 },
    );
  });
});
