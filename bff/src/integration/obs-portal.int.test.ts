import http from 'node:http';
import { Writable } from 'node:stream';
import { writeObsFile } from '@console/emulator/testing';
import { OBS_API, type ObsListing } from '@console/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInThroughIdp } from '../test-support/oidc-idp.js';
import { pendingUploads, storedObsFiles } from '../test-support/obs-files.js';
import { AKSK, DEMO_KEY, portalFile, startPortalStack } from '../test-support/portal-stack.js';
import { CSRF } from '../test-support/stack.js';

type Stack = Awaited<ReturnType<typeof startPortalStack>>;

const FILE =
  portalFile(AKSK) +
  `guardrails:
  viewer:
    obs_prefixes: { code: [/team-bucket/code/], outputs: [/team-bucket/outputs/] }
  operator:
    obs_prefixes:
      code: [/team-bucket/code/]
      data: [/team-bucket/data/]
      outputs: [/team-bucket/outputs/]
`;
const seen: string[] = [];
const logLines: string[] = [];
const cookies = new Map<string, string>();
let s: Stack;

const q = (p: string) => `?path=${encodeURIComponent(p)}`;
async function call(person: string, method: string, url: string, body?: string, json = false) {
  const res = await fetch(`${s.base}${url}`, {
    method,
    headers: {
      cookie: cookies.get(person) ?? '',
      origin: s.base,
      ...CSRF,
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  seen.push(text, JSON.stringify([...res.headers]));
  const parsed =
    res.headers.get('content-type')?.startsWith('application/json') && text ? JSON.parse(text) : {};
  return { status: res.status, text, body: parsed as Record<string, unknown> & ObsListing };
}

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  s = await startPortalStack(FILE, { config: { logLevel: 'debug' }, logTo: sink });
  writeObsFile(s.emulator.dataDir, '/team-bucket/code/train.py', 'print(1)\n');
  writeObsFile(s.emulator.dataDir, '/team-bucket/secret/keys.txt', 'secret');
  writeObsFile(s.emulator.dataDir, '/other-bucket/x.txt', 'x');
  for (const person of ['vera', 'otto', 'ada']) {
    const r = await signInThroughIdp(s.base, person);
    const [name, value] = [...r.cookies].find(([k]) => k === 'mac_sid') ?? [];
    cookies.set(person, `${name}=${value}`);
  }
}, 60_000);
afterAll(() => s?.stop());

describe('OBS in the team portal (service account keys, role guardrails)', () => {
  it('a viewer browses only the allowed folders and may not write', async () => {
    const root = await call('vera', 'GET', `${OBS_API.list}${q('/')}`);
    expect(root.body.folders.map((f) => f.name)).toEqual(['team-bucket']);
    const top = await call('vera', 'GET', `${OBS_API.list}${q('/team-bucket/')}`);
    expect(top.body.folders.map((f) => f.name)).toEqual(['code']);
    expect(top.body.writable).toBe(false);
    const file = await call('vera', 'GET', `${OBS_API.object}${q('/team-bucket/code/train.py')}`);
    expect([file.status, file.text]).toEqual([200, 'print(1)\n']);
    const secret = await call(
      'vera',
      'GET',
      `${OBS_API.object}${q('/team-bucket/secret/keys.txt')}`,
    );
    expect(secret.status).toBe(403);
    expect(secret.body).toMatchObject({ field: 'path' });
    const put = await call('vera', 'PUT', `${OBS_API.object}${q('/team-bucket/code/x.py')}`, 'x');
    expect(put.status).toBe(403);
    expect(put.body.error_msg).toMatch(/viewer; to upload.*need operator/);
    // refused while the body is still coming: answered at once, the connection closed (not read on)
    const big = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(`${s.base}${OBS_API.object}${q('/team-bucket/code/big.bin')}`, {
        method: 'PUT',
        headers: {
          cookie: cookies.get('vera')!,
          origin: s.base,
          ...CSRF,
          'content-length': 64 << 20,
        },
      });
      req.on('response', (r) => (resolve(r), req.destroy())).on('error', reject);
      req.write(Buffer.alloc(64 * 1024));
    });
    expect([big.statusCode, big.headers.connection]).toEqual([403, 'close']);
  });

  it('an operator writes under the allowed prefixes only; writes are audited', async () => {
    const inside = await call(
      'otto',
      'PUT',
      `${OBS_API.object}${q('/team-bucket/data/a.csv')}`,
      'a,b\n',
    );
    expect(inside.status).toBe(201);
    const listing = await call('otto', 'GET', `${OBS_API.list}${q('/team-bucket/data/')}`);
    expect(listing.body.writable).toBe(true);
    for (const p of ['/team-bucket/secret/x.txt', '/other-bucket/x.txt', '/team-bucket/x.txt']) {
      const out = await call('otto', 'PUT', `${OBS_API.object}${q(p)}`, 'pwned');
      expect(out.status).toBe(403);
      expect(out.body).toMatchObject({ field: 'path' });
    }
    expect(
      (await call('otto', 'POST', `${OBS_API.folder}${q('/team-bucket/outputs/run1/')}`)).status,
    ).toBe(201);
    const audit = await call('ada', 'GET', '/api/audit');
    const entries = (audit.body as unknown as { entries: Record<string, unknown>[] }).entries;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          user: 'otto',
          method: 'PUT',
          path: '/api/obs/object',
          object: '/team-bucket/data/a.csv',
          status: 201,
        }),
        expect.objectContaining({
          user: 'otto',
          method: 'PUT',
          object: '/other-bucket/x.txt',
          status: 403,
        }),
      ]),
    );
  });

  it('refuses hostile paths with 400/403 naming path, and writes nothing', async () => {
    const before = storedObsFiles(s.emulator.dataDir);
    const hostile = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '.%2e',
      '%2e',
      '',
      'a\\b',
      'x\u0000y',
      '\u007f',
      'a b',
      '\t',
    );
    const plain = fc.constantFrom('ok', 'x.py', 'dir');
    const base = fc.constantFrom(
      '/team-bucket/data/',
      'obs://team-bucket/data/',
      '/team-bucket/',
      '',
    );
    const traversal = fc
      .tuple(base, fc.array(fc.oneof(hostile, plain), { minLength: 1, maxLength: 4 }), hostile)
      .map(([b, segs, h]) => `${b}${[...segs, h].join('/')}${h === '' ? '/x' : ''}`);
    const elsewhere = fc.constantFrom(
      'https://evil/',
      'http://127.0.0.1:1/team-bucket/data/x',
      '//evil/x',
      '/other-bucket/x.py',
      'obs://other-bucket/data/x',
      '/team-bucket/secret/x',
      '/team-bucket/data',
      '/',
      'C:\\x',
      '\\\\evil\\share\\x',
      'javascript:alert(1)',
      '/TEAM-BUCKET/data/x',
      '/team-bucket/data/..',
      '/team-bucket/data/%00',
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(traversal, elsewhere), async (p) => {
        const answers = [
          await call('otto', 'PUT', `${OBS_API.object}${q(p)}`, 'pwned'),
          await call('otto', 'POST', `${OBS_API.folder}${q(p)}`),
          await call(
            'otto',
            'POST',
            `${OBS_API.uploads}${q(p)}`,
            JSON.stringify({ size: 5 }),
            true,
          ),
        ];
        for (const a of answers) {
          expect([400, 403]).toContain(a.status);
          expect(String(a.body.error_msg)).toMatch(/path/);
        }
      }),
      // `pnpm fuzz` (FUZZ_SCALE=10) runs ten times the cases
      { seed: 16_016, numRuns: 120 * Number(process.env.FUZZ_SCALE ?? 1) },
    );
    for (const query of [
      '?__proto__=/team-bucket/data/x',
      '?constructor=x&path[__proto__]=/team-bucket/data/x',
      '?path=/a/&path=/b/',
    ]) {
      const a = await call('otto', 'PUT', `${OBS_API.object}${query}`, 'pwned');
      expect(a.status).toBe(400);
      expect(a.body).toMatchObject({ field: 'path' });
    }
    expect(storedObsFiles(s.emulator.dataDir)).toEqual(before);
    expect(pendingUploads(s.emulator.dataDir)).toEqual([]);
  });

  it('never shows the service account key to the browser or in the log', () => {
    const all = [...seen, ...logLines].join('\n');
    expect(all).toContain('team-bucket');
    expect(all).not.toContain(DEMO_KEY.ak);
    expect(all).not.toContain(DEMO_KEY.sk);
  });
});
