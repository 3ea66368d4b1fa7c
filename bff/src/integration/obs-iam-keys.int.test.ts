import { Writable } from 'node:stream';
import { writeObsFile } from '@console/emulator/testing';
import { OBS_API } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecurityTokenClient, type TemporaryKeys } from '../clients/iam-security-token.js';
import { createLogger } from '../logger.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

let stack: Stack;
const issued: TemporaryKeys[] = [];
const seen: string[] = [];
const logLines: string[] = [];

const q = (p: string) => `?path=${encodeURIComponent(p)}`;
async function call(cookie: string, method: string, url: string, body?: string) {
  const res = await fetch(`${stack.base}${url}`, {
    method,
    headers: { cookie, ...CSRF },
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  seen.push(text, JSON.stringify([...res.headers]));
  return res.status;
}
/** Calls the BFF made to IAM securitytokens (the wrapper below counts each before it goes out). */
let calls = 0;
const securityTokenCalls = async () => calls;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  /** IAM is the emulator's, known once it runs. */
  const iam = { url: '' };
  stack = await startStack(
    100,
    { logLevel: 'debug' },
    {
      logger: createLogger('debug', sink),
      securityTokens: async (token) => {
        calls += 1;
        const keys = await createSecurityTokenClient(iam.url)(token);
        issued.push(keys);
        return keys;
      },
    },
  );
  iam.url = stack.emulator.url;
  writeObsFile(stack.emulator.dataDir, '/iam-bucket/code/a.py', 'a');
}, 60_000);
afterAll(() => stack?.stop());

describe('OBS in iam mode: temporary keys from IAM, per session', () => {
  it('fetches keys once per session (single flight), again after OBS refused them', async () => {
    const a = await stack.login();
    const b = await stack.login();
    const statuses = await Promise.all([
      call(a, 'GET', `${OBS_API.list}${q('/iam-bucket/')}`),
      call(a, 'GET', `${OBS_API.stat}${q('/iam-bucket/code/a.py')}`),
      call(a, 'GET', `${OBS_API.object}${q('/iam-bucket/code/a.py')}`),
      call(a, 'PUT', `${OBS_API.object}${q('/iam-bucket/code/b.py')}`, 'b'),
      call(a, 'GET', `${OBS_API.list}${q('/')}`),
    ]);
    expect(statuses).toEqual([200, 200, 200, 201, 200]);
    expect(await securityTokenCalls()).toBe(1);
    expect(await call(a, 'GET', `${OBS_API.list}${q('/iam-bucket/code/')}`)).toBe(200);
    expect(await call(b, 'GET', `${OBS_API.list}${q('/iam-bucket/code/')}`)).toBe(200);
    expect(await securityTokenCalls()).toBe(2);
    expect(issued.map((k) => k.ak)).toEqual([...new Set(issued.map((k) => k.ak))]);

    // the emulator ends every temporary key: OBS refuses once, the next call has new keys
    await fetch(`${stack.emulator.url}/__control/credentials/expire`, { method: 'POST' });
    expect(await call(a, 'GET', `${OBS_API.list}${q('/iam-bucket/')}`)).toBe(403);
    expect(await call(a, 'GET', `${OBS_API.list}${q('/iam-bucket/')}`)).toBe(200);
    expect(await securityTokenCalls()).toBe(3);

    // signed out: the session and its keys are gone
    expect(await call(a, 'DELETE', '/api/session')).toBe(204);
    expect(await call(a, 'GET', `${OBS_API.list}${q('/iam-bucket/')}`)).toBe(401);
    expect(await securityTokenCalls()).toBe(3);
  });

  it('never shows a temporary key, secret or security token to the browser or in the log', () => {
    const all = [...seen, ...logLines].join('\n');
    expect(all).toContain('iam-bucket');
    for (const k of issued) {
      expect(all).not.toContain(k.ak);
      expect(all).not.toContain(k.sk);
      expect(all).not.toContain(k.securityToken);
    }
  });
});
