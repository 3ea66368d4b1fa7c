import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoToken, spawnEmulator, writeObsFile, type SpawnedEmulator } from '../../testing.js';
import { DEMO_ACCESS_KEY } from '../iam/aksk-auth.js';
import { authorizationHeader } from '../../domain/obs/obs-signature.js';
import { errorCode, obsClient, signedRequest } from './obs-sdk-test-support.js';

// Signatures, temporary credentials from IAM and key validation against a real emulator process.
let emu: SpawnedEmulator;
let token: string;

beforeAll(async () => {
  emu = await spawnEmulator();
  token = await demoToken(emu.url);
  writeObsFile(emu.dataDir, '/auth-bucket/readme.txt', 'read me');
});
afterAll(async () => {
  await emu?.stop();
});

interface IamAnswer {
  credential: { access: string; secret: string; securitytoken: string; expires_at: string };
  error?: { code: number; title: string; message: string };
}

async function securityToken(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${emu.url}/v3.0/OS-CREDENTIAL/securitytokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json;charset=utf8', 'x-auth-token': token, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as IamAnswer };
}
const tokenMethod = (token?: Record<string, unknown>) => ({
  auth: { identity: { methods: ['token'], ...(token ? { token } : {}) } },
});

describe('OBS request signing', () => {
  it('accepts the OBS form (with x-obs-date) and the AWS form the SDK sends', async () => {
    const obsForm = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket/readme.txt',
      headers: { 'x-obs-date': new Date().toUTCString(), 'x-obs-meta-note': 'a' },
    });
    expect(obsForm.status).toBe(200);
    expect(obsForm.body).toBe('read me');
    expect(obsForm.headers['x-obs-request-id']).toMatch(/^[0-9A-F]{16}$/);

    const sdk = await obsClient(emu.obsUrl);
    const got = await sdk.getObject({ Bucket: 'auth-bucket', Key: 'readme.txt' });
    expect(String(got.InterfaceResult.Content)).toBe('read me');
    sdk.close();
  });

  it('refuses a wrong SK, an unknown AK, a stale date and no signature', async () => {
    const wrongSk = await obsClient(emu.obsUrl, { ak: DEMO_ACCESS_KEY.ak, sk: 'not-the-secret' });
    const refused = await wrongSk.listObjects({ Bucket: 'auth-bucket' });
    expect(refused.CommonMsg).toMatchObject({ Status: 403, Code: 'SignatureDoesNotMatch' });
    wrongSk.close();

    const unknown = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket',
      key: { ak: 'UNKNOWNACCESSKEY0001', sk: 'x' },
    });
    expect([unknown.status, errorCode(unknown.body)]).toEqual([403, 'InvalidAccessKeyId']);
    expect(unknown.body).toMatch(
      /^<\?xml .*<Error><Code>InvalidAccessKeyId<\/Code><Message>.+<\/Message><Resource>\/auth-bucket<\/Resource><RequestId>[0-9A-F]{16}<\/RequestId>/,
    );

    const stale = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket',
      date: new Date(Date.now() - 16 * 60_000),
    });
    expect([stale.status, errorCode(stale.body)]).toEqual([403, 'RequestTimeTooSkewed']);
    const early = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket',
      date: new Date(Date.now() + 16 * 60_000),
    });
    expect(errorCode(early.body)).toBe('RequestTimeTooSkewed');
    const nearly = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket',
      date: new Date(Date.now() - 14 * 60_000),
    });
    expect(nearly.status).toBe(200);

    const anonymous = await fetch(`${emu.obsUrl}/auth-bucket/readme.txt`);
    expect(anonymous.status).toBe(403);
    expect(errorCode(await anonymous.text())).toBe('AccessDenied');
  });

  it('signs sub-resources: a tampered uploadId no longer matches', async () => {
    const init = await signedRequest(emu.obsUrl, {
      method: 'POST',
      path: '/auth-bucket/mp?uploads',
    });
    expect(init.status).toBe(200);
    const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(init.body)?.[1];
    const part = await signedRequest(emu.obsUrl, {
      method: 'PUT',
      path: `/auth-bucket/mp?partNumber=1&uploadId=${uploadId}`,
      body: 'part',
    });
    expect(part.status).toBe(200);
    expect(part.headers.etag).toBe(`"${createHash('md5').update('part').digest('hex')}"`);
    const tampered = await signedRequest(emu.obsUrl, {
      method: 'PUT',
      path: `/auth-bucket/mp?partNumber=2&uploadId=${uploadId}`,
      signPath: `/auth-bucket/mp?partNumber=1&uploadId=${uploadId}`,
      body: 'part',
    });
    expect([tampered.status, errorCode(tampered.body)]).toEqual([403, 'SignatureDoesNotMatch']);
    // a query parameter that is no sub-resource is not signed
    const list = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket?prefix=mp&max-keys=5',
      signPath: '/auth-bucket',
    });
    expect(list.status).toBe(200);
    // a bucket signed as `/bucket/` (OBS's page) or `/bucket` (its samples, the SDK)
    const slash = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket',
      signPath: '/auth-bucket/',
    });
    expect(slash.status).toBe(200);
    const acl = await signedRequest(emu.obsUrl, { path: '/auth-bucket?acl' });
    expect([acl.status, errorCode(acl.body)]).toEqual([501, 'ServiceNotImplemented']);
  });
});

describe('requests OBS refuses', () => {
  it.each([
    ['/auth-bucket/a/../../etc/passwd', 'InvalidArgument'],
    ['/auth-bucket/a/%2E%2E/b', 'InvalidArgument'],
    ['/auth-bucket/a%00b', 'InvalidArgument'],
    ['/auth-bucket/a%5Cb', 'InvalidArgument'],
    ['/auth-bucket/a//b', 'InvalidArgument'],
    [`/auth-bucket/${'k'.repeat(1025)}`, 'KeyTooLongError'],
    ['/Upper-Case/key', 'InvalidBucketName'],
    ['/ab/key', 'InvalidBucketName'],
    ['/192.168.1.1/key', 'InvalidBucketName'],
  ])('%s → 400 %s', async (p, code) => {
    const res = await signedRequest(emu.obsUrl, { method: 'PUT', path: p, body: 'x' });
    expect([res.status, errorCode(res.body)]).toEqual([400, code]);
  });

  it('refuses a body over 5 GB and one without Content-Length before reading it', async () => {
    const huge = await signedRequest(emu.obsUrl, {
      method: 'PUT',
      path: '/auth-bucket/huge',
      headers: { 'Content-Length': String(6 * 1024 ** 3) },
    });
    expect([huge.status, errorCode(huge.body)]).toEqual([400, 'EntityTooLarge']);
    const chunked = await signedRequest(emu.obsUrl, {
      method: 'PUT',
      path: '/auth-bucket/chunked',
      headers: { 'Transfer-Encoding': 'chunked' },
      body: 'abc',
    });
    expect([chunked.status, errorCode(chunked.body)]).toEqual([411, 'MissingContentLength']);
  });

  it('keeps nothing of an upload cut short', async () => {
    const url = new URL(emu.obsUrl);
    const headers: Record<string, string> = {
      Date: new Date().toUTCString(),
      'Content-Length': '100000',
    };
    headers.Authorization = authorizationHeader(
      { method: 'PUT', rawPath: '/auth-bucket/cut', rawQuery: '', headers },
      DEMO_ACCESS_KEY,
    );
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: 'PUT',
      path: '/auth-bucket/cut',
      headers,
    });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(5000));
    const incoming = path.join(emu.dataDir, 'obs-incoming');
    const files = () => (fs.existsSync(incoming) ? fs.readdirSync(incoming).length : 0);
    // the body is on its way in …
    await expect.poll(files, { timeout: 5000 }).toBe(1);
    req.destroy();
    // … and gone once the client hangs up
    await expect.poll(files, { timeout: 5000 }).toBe(0);
    const head = await signedRequest(emu.obsUrl, { method: 'HEAD', path: '/auth-bucket/cut' });
    expect(head.status).toBe(404);
  });

  it('answers a HEAD error without a body but with its code in a header', async () => {
    const res = await signedRequest(emu.obsUrl, { method: 'HEAD', path: '/auth-bucket/none' });
    expect(res.status).toBe(404);
    expect(res.body).toBe('');
    expect(res.headers['x-obs-error-code']).toBe('NoSuchKey');
  });
});

describe('IAM temporary credentials', () => {
  it('issues 900 s by default and refuses durations outside 900–86,400 s', async () => {
    const now = Date.now();
    const issued = await securityToken(tokenMethod());
    expect(issued.status).toBe(201);
    const c = issued.body.credential;
    expect(Object.keys(c).sort()).toEqual(['access', 'expires_at', 'secret', 'securitytoken']);
    expect(c.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(Date.parse(c.expires_at) - now).toBeGreaterThan(890_000);
    expect(Date.parse(c.expires_at) - now).toBeLessThan(910_000);

    for (const duration_seconds of [899, 86_401, 'soon'])
      expect((await securityToken(tokenMethod({ duration_seconds }))).status).toBe(400);
    expect((await securityToken(tokenMethod({ duration_seconds: '3600' }))).status).toBe(201);
    expect((await securityToken({ auth: { identity: { methods: ['password'] } } })).status).toBe(
      400,
    );
  });

  it('needs a valid token, in X-Auth-Token or in the body', async () => {
    const none = await securityToken(tokenMethod(), { 'x-auth-token': '' });
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ code: 401, title: 'Unauthorized' });
    expect((await securityToken(tokenMethod(), { 'x-auth-token': 'MIIbogus' })).status).toBe(401);
    const inBody = await securityToken(tokenMethod({ id: token, duration_seconds: 900 }), {
      'x-auth-token': '',
    });
    expect(inBody.status).toBe(201);
  });

  it('works with the SDK and its security token until it expires', async () => {
    const { credential } = (await securityToken(tokenMethod({ duration_seconds: 900 }))).body;
    const temp = await obsClient(emu.obsUrl, {
      ak: credential.access,
      sk: credential.secret,
      token: credential.securitytoken,
    });
    const put = await temp.putObject({
      Bucket: 'auth-bucket',
      Key: 'temp/x.txt',
      Body: 'temporary',
    });
    expect(put.CommonMsg.Status).toBe(200);
    expect(
      (await temp.listObjects({ Bucket: 'auth-bucket', Prefix: 'temp/' })).InterfaceResult.Contents,
    ).toHaveLength(1);

    // the OBS form carries the token in x-obs-security-token (signed as a canonical header)
    const obsForm = await signedRequest(emu.obsUrl, {
      path: '/auth-bucket/temp/x.txt',
      key: { ak: credential.access, sk: credential.secret },
      headers: { 'x-obs-security-token': credential.securitytoken },
    });
    expect([obsForm.status, obsForm.body]).toEqual([200, 'temporary']);

    const noToken = await obsClient(emu.obsUrl, { ak: credential.access, sk: credential.secret });
    expect((await noToken.listObjects({ Bucket: 'auth-bucket' })).CommonMsg).toMatchObject({
      Status: 403,
      Code: 'InvalidSecurity',
    });
    const wrongSk = await obsClient(emu.obsUrl, {
      ak: credential.access,
      sk: 'x',
      token: credential.securitytoken,
    });
    expect((await wrongSk.listObjects({ Bucket: 'auth-bucket' })).CommonMsg.Code).toBe(
      'SignatureDoesNotMatch',
    );

    const expire = await fetch(`${emu.url}/__control/credentials/expire`, { method: 'POST' });
    expect(expire.status).toBe(200);
    const after = await temp.getObject({ Bucket: 'auth-bucket', Key: 'temp/x.txt' });
    expect(after.CommonMsg).toMatchObject({ Status: 403, Code: 'InvalidSecurity' });
    expect(after.CommonMsg.Message).toMatch(/expired/);
    // the permanent key is untouched
    const permanent = await obsClient(emu.obsUrl);
    expect(
      (await permanent.getObject({ Bucket: 'auth-bucket', Key: 'temp/x.txt' })).CommonMsg.Status,
    ).toBe(200);
    for (const c of [temp, noToken, wrongSk, permanent]) c.close();
  });
});
