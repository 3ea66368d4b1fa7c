import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AKSK, portalFile } from '../test-support/portal-stack.js';
import { spawnBff } from '../test-support/spawn-bff.js';

const SK = 'a-secret-key-that-must-not-be-printed';

function portalEnv(file: string): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-start-'));
  const portal = path.join(dir, 'portal.yaml');
  writeFileSync(portal, file);
  return {
    AUTH_MODE: 'oidc',
    OIDC_ISSUER: 'http://127.0.0.1:9/',
    OIDC_CLIENT_ID: 'console',
    OIDC_CLIENT_SECRET: 'client-secret',
    PUBLIC_ORIGIN: 'http://127.0.0.1:8080',
    PORTAL_CONFIG: portal,
    TEAM_AK: 'AK',
    TEAM_SK: SK,
  };
}

/** The BFF process as `pnpm start` runs it: it must refuse to start, saying why. */
async function refusal(env: Record<string, string>): Promise<string> {
  const err = await spawnBff(env).then(
    async (b) => {
      await b.stop();
      return undefined;
    },
    (e: unknown) => e as Error,
  );
  expect(err, 'the BFF started').toBeInstanceOf(Error);
  return (err as Error).message;
}

describe('the BFF refuses to start with a broken portal set-up', () => {
  it('names a credential variable that is not set, never a value', async () => {
    const env = portalEnv(portalFile(AKSK));
    const message = await refusal({ ...env, TEAM_SK: '' });
    expect(message).toContain('exited with code 1');
    expect(message).toContain('eu-de: sk_env names TEAM_SK, which is not set');
    expect(message).not.toContain('client-secret');
  }, 60_000);

  it('names the line and field of a bad portal file, never a credential', async () => {
    const env = portalEnv(portalFile(AKSK).replace('role: viewer', 'role: boss'));
    const message = await refusal(env);
    expect(message).toContain('line 6: roles[0].role must be viewer, operator or admin');
    expect(message).not.toContain(SK);
  }, 60_000);
});
