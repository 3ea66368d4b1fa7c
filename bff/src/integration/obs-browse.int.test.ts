import fs from 'node:fs';
import path from 'node:path';
import { writeObsFile } from '@console/emulator/testing';
import { OBS_API, type ObsListing, type ObsStat } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

let stack: Stack;
let cookie: string;

const q = (p: string, extra = '') => `?path=${encodeURIComponent(p)}${extra}`;
const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.base}${url}`, { headers: { cookie, ...headers } });
const send = (method: string, url: string, body?: string | Buffer) =>
  fetch(`${stack.base}${url}`, {
    method,
    headers: { cookie, ...CSRF },
    ...(body === undefined ? {} : { body }),
  });

beforeAll(async () => {
  stack = await startStack();
  const d = stack.emulator.dataDir;
  writeObsFile(d, '/team-bucket/code/train.py', 'print("hi")\n');
  writeObsFile(d, '/team-bucket/code/page.html', '<script>alert(1)</script>');
  writeObsFile(d, '/team-bucket/data/a.csv', 'a,b\n1,2\n');
  writeObsFile(d, '/other-bucket/x.txt', 'x');
  cookie = await stack.login();
}, 60_000);
afterAll(() => stack?.stop());

describe('OBS endpoints against the emulator (iam mode, temporary keys)', () => {
  it('lists buckets, folders and files, with search and marker paging', async () => {
    const root = (await (await get(`${OBS_API.list}${q('/')}`)).json()) as ObsListing;
    expect(root.folders.map((f) => f.name)).toEqual(
      expect.arrayContaining(['team-bucket', 'other-bucket']),
    );
    const res = await get(`${OBS_API.list}${q('/team-bucket/')}`);
    expect(res.status).toBe(200);
    const top = (await res.json()) as ObsListing;
    expect(top.folders).toEqual([
      { name: 'code', path: '/team-bucket/code/' },
      { name: 'data', path: '/team-bucket/data/' },
    ]);
    expect(top.writable).toBe(true);
    const code = (await (
      await get(`${OBS_API.list}${q('obs://team-bucket/code/', '&search=TRAIN')}`)
    ).json()) as ObsListing;
    expect(code.files.map((f) => [f.name, f.path, f.size])).toEqual([
      ['train.py', '/team-bucket/code/train.py', 12],
    ]);
    const page1 = (await (
      await get(`${OBS_API.list}${q('/team-bucket/code/', '&limit=1')}`)
    ).json()) as ObsListing;
    expect(page1.files).toHaveLength(1);
    expect(page1.next_marker).toBeDefined();
    const page2 = (await (
      await get(
        `${OBS_API.list}${q('/team-bucket/code/', `&limit=1&marker=${encodeURIComponent(page1.next_marker!)}`)}`,
      )
    ).json()) as ObsListing;
    expect(page2.files.map((f) => f.name)).not.toContain(page1.files[0]!.name);
  });

  it('stats files, folders and missing paths (never 404)', async () => {
    const stat = async (p: string) =>
      (await (await get(`${OBS_API.stat}${q(p)}`)).json()) as ObsStat;
    expect(await stat('/team-bucket/code/train.py')).toMatchObject({ kind: 'file', size: 12 });
    expect((await stat('/team-bucket/code/')).kind).toBe('folder');
    expect((await stat('/team-bucket/code')).kind).toBe('folder');
    expect((await stat('/team-bucket/nothing/')).kind).toBe('missing');
    expect((await stat('/team-bucket/code/nothing.py')).kind).toBe('missing');
    expect((await stat('/no-such-bucket/x')).kind).toBe('missing');
  });

  it('downloads with safe headers and ranges', async () => {
    const res = await get(`${OBS_API.object}${q('/team-bucket/code/page.html')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="page.html"/);
    const part = await get(`${OBS_API.object}${q('/team-bucket/code/train.py', '&download=1')}`, {
      range: 'bytes=0-4',
    });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('print');
    expect(part.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(part.headers.get('content-disposition')).toMatch(/^attachment;/);
    const missing = await get(`${OBS_API.object}${q('/team-bucket/none.txt')}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error_code: 'OBS.NoSuchKey', field: 'path' });
  });

  it('uploads, creates a folder and deletes', async () => {
    const put = await send(
      'PUT',
      `${OBS_API.object}${q('/team-bucket/up/hello.txt')}`,
      'hello world',
    );
    expect(put.status).toBe(201);
    expect(await put.json()).toMatchObject({ path: '/team-bucket/up/hello.txt', size: 11 });
    const local = path.join(stack.emulator.dataDir, 'obs', 'team-bucket', 'up', 'hello.txt');
    expect(fs.readFileSync(local, 'utf8')).toBe('hello world');
    expect((await send('POST', `${OBS_API.folder}${q('/team-bucket/up/new/')}`)).status).toBe(201);
    const listing = (await (
      await get(`${OBS_API.list}${q('/team-bucket/up/')}`)
    ).json()) as ObsListing;
    expect(listing.folders.map((f) => f.name)).toEqual(['new']);
    expect((await send('DELETE', `${OBS_API.object}${q('/team-bucket/up/')}`)).status).toBe(409);
    // a folder made in the console (its marker object) with a file in it is not empty either
    expect(
      (await send('PUT', `${OBS_API.object}${q('/team-bucket/up/new/a.txt')}`, 'a')).status,
    ).toBe(201);
    expect((await send('DELETE', `${OBS_API.object}${q('/team-bucket/up/new/')}`)).status).toBe(
      409,
    );
    expect(
      (await send('DELETE', `${OBS_API.object}${q('/team-bucket/up/new/a.txt')}`)).status,
    ).toBe(204);
    expect((await send('DELETE', `${OBS_API.object}${q('/team-bucket/up/new/')}`)).status).toBe(
      204,
    );
    expect(
      (await send('DELETE', `${OBS_API.object}${q('/team-bucket/up/hello.txt')}`)).status,
    ).toBe(204);
    const empty = await send('PUT', `${OBS_API.object}${q('/team-bucket/up/empty.txt')}`, '');
    expect([empty.status, ((await empty.json()) as { size: number }).size]).toEqual([201, 0]);
    const head = await fetch(`${stack.base}${OBS_API.object}${q('/team-bucket/code/train.py')}`, {
      method: 'HEAD',
      headers: { cookie },
    });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, '12']);
    expect(fs.existsSync(local)).toBe(false);
  });
});
