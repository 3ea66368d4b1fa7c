import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, DEMO } from '../test-support/stack.js';
import { spawnBff, type SpawnedBff } from '../test-support/spawn-bff.js';
import { startTlsTerminator, TEST_CA_FILE } from '../test-support/tls-terminator.js';

/**
 * The cloud is reached over https. Here a real emulator sits behind an https front with a private
 * CA, and the BFF process is pointed at it by configuration alone (endpoints + NODE_EXTRA_CA_CERTS).
 */
describe('BFF against an https cloud (configuration only)', () => {
  let emulator: SpawnedEmulator;
  let tls: Awaited<ReturnType<typeof startTlsTerminator>>;
  let bff: SpawnedBff | undefined;

  beforeAll(async () => {
    emulator = await spawnEmulator();
    tls = await startTlsTerminator(emulator.url);
  }, 40_000);
  afterAll(async () => {
    await bff?.stop();
    await tls?.close();
    await emulator?.stop();
  });

  it('logs in through https IAM and proxies v1 and v2 calls over https', async () => {
    bff = await spawnBff({
      IAM_ENDPOINT: tls.url,
      MODELARTS_ENDPOINT: tls.url,
      NODE_EXTRA_CA_CERTS: TEST_CA_FILE,
    });
    const login = await fetch(`${bff.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify(DEMO),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const specs = await fetch(`${bff.url}/api/v1/job/resource-specs?job_type=train`, {
      headers: { cookie },
    });
    expect(specs.status).toBe(200);
    expect(((await specs.json()) as { specs: unknown[] }).specs.length).toBeGreaterThan(0);
    const flavors = await fetch(`${bff.url}/api/v2/training-job-flavors`, { headers: { cookie } });
    expect(flavors.status).toBe(200);

    expect(tls.forwarded).toContain('POST /v3/auth/tokens');
    expect(
      tls.forwarded.some((r) => r.startsWith('GET /v1/') && r.includes('resource-specs')),
    ).toBe(true);
    expect(tls.forwarded.some((r) => r.startsWith('GET /v2/'))).toBe(true);
  }, 60_000);

  it('refuses an https cloud whose certificate it does not trust, with a clear 502', async () => {
    const untrusting = await spawnBff({ IAM_ENDPOINT: tls.url, MODELARTS_ENDPOINT: tls.url });
    try {
      const before = tls.forwarded.length;
      const login = await fetch(`${untrusting.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify(DEMO),
      });
      expect(login.status).toBe(502);
      expect(((await login.json()) as { error_msg: string }).error_msg).toMatch(/IAM/i);
      expect(tls.forwarded.length).toBe(before);
    } finally {
      await untrusting.stop();
    }
  }, 60_000);
});
