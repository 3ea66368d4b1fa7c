import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OBS_API, obsUploadPath, type ObsPart, type ObsUpload } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

let stack: Stack;
let cookie: string;

const q = (p: string) => `?path=${encodeURIComponent(p)}`;
const call = (method: string, url: string, body?: string | Buffer, json = false) =>
  fetch(`${stack.base}${url}`, {
    method,
    headers: { cookie, ...CSRF, ...(json ? { 'content-type': 'application/json' } : {}) },
    ...(body === undefined ? {} : { body }),
  });

beforeAll(async () => {
  stack = await startStack();
  cookie = await stack.login();
  fs.mkdirSync(path.join(stack.emulator.dataDir, 'obs', 'mp-bucket'), { recursive: true });
}, 60_000);
afterAll(() => stack?.stop());

describe('multipart uploads through the BFF', () => {
  it('starts, stores parts, lists them to resume, completes', async () => {
    const target = '/mp-bucket/big/model.bin';
    const part1 = Buffer.alloc(5 * 1024 * 1024, 7);
    const part2 = Buffer.from('the last part');
    const startRes = await call(
      'POST',
      `${OBS_API.uploads}${q(target)}`,
      JSON.stringify({ size: part1.length + part2.length }),
      true,
    );
    expect(startRes.status).toBe(201);
    const started = (await startRes.json()) as ObsUpload;
    expect(started).toMatchObject({ path: target, parts: [] });
    const id = started.upload_id;

    const p1 = await call('PUT', `${obsUploadPath(id, '/parts/1')}${q(target)}`, part1);
    expect(p1.status).toBe(200);
    const stored1 = (await p1.json()) as ObsPart;
    expect(stored1).toMatchObject({ part_number: 1, size: part1.length });

    // resume: the BFF lists what OBS holds
    const listed = (await (
      await call('GET', `${obsUploadPath(id)}${q(target)}`)
    ).json()) as ObsUpload;
    expect(listed.parts).toEqual([{ part_number: 1, etag: stored1.etag, size: part1.length }]);

    const p2 = (await (
      await call('PUT', `${obsUploadPath(id, '/parts/2')}${q(target)}`, part2)
    ).json()) as ObsPart;
    const done = await call(
      'POST',
      `${obsUploadPath(id, '/complete')}${q(target)}`,
      JSON.stringify({
        parts: [stored1, p2].map((p) => ({ part_number: p.part_number, etag: p.etag })),
      }),
      true,
    );
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ path: target, size: part1.length + part2.length });
    const local = fs.readFileSync(
      path.join(stack.emulator.dataDir, 'obs', 'mp-bucket', 'big', 'model.bin'),
    );
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha(local)).toBe(sha(Buffer.concat([part1, part2])));
  });

  it('aborts, and refuses bad upload ids, part numbers and sizes', async () => {
    const target = '/mp-bucket/big/aborted.bin';
    const { upload_id: id } = (await (
      await call('POST', `${OBS_API.uploads}${q(target)}`, JSON.stringify({ size: 10 }), true)
    ).json()) as ObsUpload;
    expect((await call('DELETE', `${obsUploadPath(id)}${q(target)}`)).status).toBe(204);
    const gone = await call('GET', `${obsUploadPath(id)}${q(target)}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error_code: 'OBS.NoSuchUpload' });
    const badId = await call('GET', `${OBS_API.uploads}/..%2Fx${q(target)}`);
    expect(badId.status).toBe(400);
    expect(await badId.json()).toMatchObject({ field: 'upload_id' });
    const badPart = await call('PUT', `${obsUploadPath(id)}/parts/0${q(target)}`, 'x');
    expect(await badPart.json()).toMatchObject({ field: 'part_number' });
    const tooBig = await call(
      'POST',
      `${OBS_API.uploads}${q(target)}`,
      JSON.stringify({ size: 6 * 1024 ** 3 }),
      true,
    );
    expect(tooBig.status).toBe(413);
  });
});
