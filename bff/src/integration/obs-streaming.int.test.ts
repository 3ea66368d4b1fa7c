import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { spawnEmulator, type SpawnedEmulator } from '@console/emulator/testing';
import { OBS_API } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import { rssBytes, watchPeakRss } from '../test-support/process-memory.js';
import { spawnBff, type SpawnedBff } from '../test-support/spawn-bff.js';
import { CSRF, DEMO } from '../test-support/stack.js';

const SIZE = 200 * 1024 * 1024;
const MB = 1024 * 1024;
let emulator: SpawnedEmulator;
let bff: SpawnedBff;
let cookie: string;

/** `size` bytes of a fixed pattern, made chunk by chunk (never held whole). */
function pattern(size: number): Readable {
  const chunk = Buffer.alloc(MB);
  for (let i = 0; i < chunk.length; i += 1) chunk[i] = (i * 31 + 7) % 251;
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const n = Math.min(chunk.length, size - sent);
      sent += n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

async function sha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(stream, hash);
  return hash.digest('hex');
}

function request(method: string, url: string, size?: number): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${bff.url}${url}`, {
      method,
      headers: { cookie, ...CSRF, ...(size === undefined ? {} : { 'content-length': size }) },
    });
    req.on('response', resolve).on('error', reject);
    if (size === undefined) req.end();
    else pattern(size).pipe(req);
  });
}

beforeAll(async () => {
  emulator = await spawnEmulator();
  fs.mkdirSync(path.join(emulator.dataDir, 'obs', 'big-bucket'), { recursive: true });
  bff = await spawnBff({
    IAM_ENDPOINT: emulator.url,
    MODELARTS_ENDPOINT: emulator.url,
    OBS_ENDPOINT: emulator.obsUrl,
  });
  const login = await fetch(`${bff.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify(DEMO),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}, 60_000);
afterAll(async () => {
  await bff?.stop();
  await emulator?.stop();
});

describe('OBS uploads and downloads stream through the BFF process', () => {
  it('moves 200 MB up and down with the BFF growing less than 50 MB', async () => {
    const target = '/big-bucket/data/200mb.bin';
    const url = `${OBS_API.object}?path=${encodeURIComponent(target)}`;
    // warm up (keys, connections, code paths) before the baseline
    const warm = await request('PUT', `${OBS_API.object}?path=/big-bucket/warm.bin`, 16 * MB);
    await sha256(warm);
    await sha256(await request('GET', `${OBS_API.object}?path=/big-bucket/warm.bin`));
    const pid = bff.child.pid!;
    const before = rssBytes(pid);
    const watch = watchPeakRss(pid);

    const put = await request('PUT', url, SIZE);
    const putBody = JSON.parse(await new Response(Readable.toWeb(put) as ReadableStream).text());
    expect([put.statusCode, putBody.size]).toEqual([201, SIZE]);
    const got = await request('GET', url);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-length']).toBe(String(SIZE));
    const downloaded = await sha256(got);

    const peak = watch.stop();
    const expected = await sha256(pattern(SIZE));
    expect(downloaded).toBe(expected);
    const local = path.join(emulator.dataDir, 'obs', 'big-bucket', 'data', '200mb.bin');
    expect(await sha256(fs.createReadStream(local))).toBe(expected);
    const growthMb = (peak - before) / MB;
    console.log(
      `BFF RSS before ${(before / MB).toFixed(1)} MB, peak ${(peak / MB).toFixed(1)} MB, growth ${growthMb.toFixed(1)} MB`,
    );
    expect(growthMb).toBeLessThan(50);
  }, 180_000);

  it('refuses an upload over the limit before sending a byte on (413)', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(`${bff.url}${OBS_API.object}?path=/big-bucket/too-big.bin`, {
        method: 'PUT',
        headers: { cookie, ...CSRF, 'content-length': String(6 * 1024 ** 3) },
      });
      req.on('response', (r) => {
        resolve(r);
        req.destroy();
      });
      req.on('error', reject);
      req.write(Buffer.alloc(64 * 1024));
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(fs.existsSync(path.join(emulator.dataDir, 'obs', 'big-bucket', 'too-big.bin'))).toBe(
      false,
    );
  });

  it('aborts the upstream upload when the browser goes away half-way', async () => {
    const incoming = path.join(emulator.dataDir, 'obs-incoming');
    const partial = () =>
      fs.existsSync(incoming) ? fs.readdirSync(incoming).map((f) => path.join(incoming, f)) : [];
    const req = http.request(`${bff.url}${OBS_API.object}?path=/big-bucket/cut.bin`, {
      method: 'PUT',
      headers: { cookie, ...CSRF, 'content-length': String(50 * MB) },
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(8 * MB, 1));
    // the body is arriving at OBS (the emulator writes it to a file as it comes)
    await eventually(
      () => partial().some((f) => fs.statSync(f).size > 0),
      10_000,
      'a partial body',
    );
    req.destroy();
    // the BFF aborted its OBS request: the emulator dropped the partial body, stored nothing
    await eventually(() => partial().length === 0, 10_000, 'the partial body to be dropped');
    expect(fs.existsSync(path.join(emulator.dataDir, 'obs', 'big-bucket', 'cut.bin'))).toBe(false);
  });
});
