import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obsAuthorization, obsStringToSign, signObsHeaders } from './obs-signer.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}
type SdkCall = (p: Record<string, unknown>) => Promise<unknown>;
type Sdk = Record<
  'listObjects' | 'putObject' | 'getObject' | 'uploadPart' | 'listParts',
  SdkCall
> & {
  close(): void;
};

const require = createRequire(import.meta.url);
const ObsClient = require('esdk-obs-nodejs') as new (o: Record<string, unknown>) => Sdk;

const KEY = { ak: 'SIGNERTESTAK00000001', sk: 'signer-test-secret-key-000000000000000001' };
const TEMP = { ak: 'TEMPAK', sk: 'temp-secret', securityToken: 'gQtoken+/=' };
let server: Server;
let seen: Seen[] = [];
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': 0 }).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

async function sdk(key: { ak: string; sk: string; securityToken?: string }): Promise<Sdk> {
  const client = new ObsClient({
    access_key_id: key.ak,
    secret_access_key: key.sk,
    ...(key.securityToken ? { security_token: key.securityToken } : {}),
    server: base,
    path_style: true,
    max_retry_count: 0,
  });
  await tick();
  await tick();
  return client;
}

/** Our signature over exactly what the SDK sent, in the SDK's (S3-compatible) form. */
function ours(s: Seen, key: { ak: string; sk: string }): string {
  const [path = '/', query = ''] = s.url.split(/\?(.*)/s);
  const headers = Object.fromEntries(
    Object.entries(s.headers)
      .filter(([k, v]) => k !== 'authorization' && typeof v === 'string')
      .map(([k, v]) => [k, v as string]),
  );
  return obsAuthorization({ method: s.method, path, query, headers }, key, 'AWS');
}

describe('the OBS V2 signer', () => {
  it('signs as the official esdk-obs-nodejs SDK does (paths, sub-resources, security token)', async () => {
    seen = [];
    const perm = await sdk(KEY);
    const Bucket = 'signer-bucket';
    await perm.listObjects({
      Bucket,
      Prefix: 'dir/sub dir/',
      Delimiter: '/',
      Marker: 'dir/a',
      MaxKeys: 5,
    });
    await perm.putObject({ Bucket, Key: 'dir/a b+ü(1).txt', Body: 'hello' });
    await perm.getObject({ Bucket, Key: 'dir/x.bin', Range: 'bytes=0-9' });
    await perm.uploadPart({ Bucket, Key: 'big.bin', UploadId: 'ABC123', PartNumber: 3, Body: 'x' });
    perm.close();
    const temp = await sdk(TEMP);
    await temp.listParts({ Bucket, Key: 'big.bin', UploadId: 'ABC123' });
    temp.close();
    expect(seen).toHaveLength(5);
    for (const s of seen.slice(0, 4)) expect(ours(s, KEY)).toBe(s.headers.authorization);
    const last = seen[4]!;
    expect(last.headers['x-amz-security-token']).toBe(TEMP.securityToken);
    expect(ours(last, TEMP)).toBe(last.headers.authorization);
  });

  it('signs the OBS form with x-obs-date and the security token as signed headers', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const headers = signObsHeaders(
      {
        method: 'PUT',
        path: '/b/k',
        query: 'partNumber=1&uploadId=U',
        headers: { 'content-length': '3' },
      },
      TEMP,
      now,
    );
    expect(headers['x-obs-date']).toBe(now.toUTCString());
    expect(headers['x-obs-security-token']).toBe(TEMP.securityToken);
    expect(headers.authorization).toMatch(/^OBS TEMPAK:[A-Za-z0-9+/]+=*$/);
    const { authorization: _auth, ...rest } = headers;
    expect(
      obsStringToSign({
        method: 'PUT',
        path: '/b/k',
        query: 'partNumber=1&uploadId=U',
        headers: rest,
      }),
    ).toBe(
      `PUT\n\n\n\nx-obs-date:${now.toUTCString()}\nx-obs-security-token:${TEMP.securityToken}\n/b/k?partNumber=1&uploadId=U`,
    );
  });
});
