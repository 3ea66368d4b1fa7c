import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js';
import { canonicalRequest, formatAuthorization, sdkDate, stringToSign } from '@console/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../../demo-account.js';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import { DEMO_ACCESS_KEY, MAX_CLOCK_SKEW_MS } from './aksk-auth.js';

/**
 * AK/SK signatures checked in process (so the checks are covered), signed by the official Huawei
 * SDK core's `AKSKSigner`; the negative cases change one thing after signing or, where the SDK
 * cannot make the request (a header left out of `SignedHeaders`), sign by hand.
 */
const { ak: AK, sk: SK } = DEMO_ACCESS_KEY;
const PID = DEMO_ACCOUNT.projectId;
const JOBS = `/v1/${PID}/training-jobs`;
const SEARCH = `/v2/${PID}/training-job-searches`;

let t: TestEmulator;
let server: http.Server;
let base: string;
beforeAll(async () => {
  t = await createTestEmulator();
  server = http.createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.cleanup();
});
afterEach(() => vi.useRealTimers());

interface Call {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: object;
  headers?: Record<string, string>;
}

/** The headers the SDK signer adds for a call (host left to fetch, which sends the same one). */
function sdkSign(c: Call, ak = AK, sk = SK): Record<string, string> {
  const signed = AKSKSigner.sign(
    {
      endpoint: `${base}${c.path}`,
      method: c.method ?? 'GET',
      headers: { ...(c.body ? { 'content-type': 'application/json' } : {}), ...c.headers },
      queryParams: c.query ?? {},
      data: c.body,
    } as never,
    new BasicCredentials().withAk(ak).withSk(sk),
  ) as Record<string, string>;
  const { host: _host, ...headers } = signed;
  return headers;
}

async function send(c: Call, headers: Record<string, string>, body?: string) {
  const query = c.query ? `?${new URLSearchParams(c.query)}` : '';
  const res = await fetch(`${base}${c.path}${query}`, {
    method: c.method ?? 'GET',
    headers,
    body: body ?? (c.body ? JSON.stringify(c.body) : undefined),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const signedSend = (c: Call) => send(c, sdkSign(c));

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A correct signature of a GET over exactly `signed` (the SDK always signs host and date). */
function handSigned(path: string, signed: string[], date: string, values = {}) {
  const headers: Record<string, string> = {
    host: base.slice('http://'.length),
    'x-sdk-date': date,
    ...values,
  };
  const canonical = canonicalRequest({
    method: 'GET',
    path,
    query: [],
    headers,
    signed,
    payloadHash: sha256(''),
  });
  const signature = createHmac('sha256', SK)
    .update(stringToSign(date, sha256(canonical)))
    .digest('hex');
  return {
    authorization: formatAuthorization({ access: AK, signedHeaders: signed, signature }),
    'x-sdk-date': date,
  };
}

const v1Error = (status: number, code: string, message: string) => ({
  status,
  body: { is_success: false, error_code: code, error_message: message, error_msg: message },
});
const FORMAT = v1Error(401, 'ModelArts.0206', 'Incorrect authorization request header format.');
const UNKNOWN = v1Error(403, 'ModelArts.0206', 'Invalid AK/SK.');
const CHECK = v1Error(401, 'ModelArts.0208', 'Failed to check the authorization request header.');
const PROJECT = v1Error(
  403,
  'ModelArts.0210',
  'The project id in the request URL does not match the token.',
);

describe('a request signed by the SDK', () => {
  it('is accepted: a GET with a query, and a POST with a JSON body', async () => {
    const list = await signedSend({
      path: JOBS,
      query: { per_page: '5', search_content: 'a b/ü' },
    });
    expect(list).toMatchObject({ status: 200, body: { is_success: true, jobs: [] } });
    const search = await signedSend({
      method: 'POST',
      path: SEARCH,
      body: { offset: 0, limit: 5 },
    });
    expect(search).toMatchObject({ status: 200, body: { total: 0, items: [] } });
  });

  it('is accepted with a body the client declared unsigned (X-Sdk-Content-Sha256)', async () => {
    const c: Call = {
      method: 'POST',
      path: SEARCH,
      headers: { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
    };
    const res = await send(c, sdkSign(c), JSON.stringify({ offset: 0, limit: 1 }));
    expect(res.status).toBe(200);
  });

  it('is refused when anything signed changed: body, query, header, path, method', async () => {
    const post: Call = { method: 'POST', path: SEARCH, body: { offset: 0, limit: 5 } };
    const body = await send(post, sdkSign(post), JSON.stringify({ offset: 0, limit: 50 }));
    expect(body).toEqual({
      status: 401,
      body: { error_code: 'ModelArts.0208', error_msg: CHECK.body.error_msg },
    });
    const get: Call = { path: JOBS, query: { per_page: '5' }, headers: { 'X-Trace': 'a' } };
    const headers = sdkSign(get);
    expect(await send({ ...get, query: { per_page: '6' } }, headers)).toEqual(CHECK);
    expect(await send({ ...get, query: {} }, headers)).toEqual(CHECK);
    expect(await send(get, { ...headers, 'X-Trace': 'b' })).toEqual(CHECK);
    expect(await send({ ...get, path: `${JOBS}/1/versions` }, headers)).toEqual(CHECK);
    const search = await send({ ...get, method: 'POST', path: JOBS }, headers);
    expect(search).toEqual(CHECK);
  });

  it('is refused with a wrong SK (401 0208) and an unknown AK (403 0206)', async () => {
    const c: Call = { path: JOBS };
    expect(await send(c, sdkSign(c, AK, `${SK}x`))).toEqual(CHECK);
    expect(await send(c, sdkSign(c, 'UNKNOWNAK00000000000', SK))).toEqual(UNKNOWN);
  });

  it('is refused when X-Project-Id is not the path project, or not a project of the user', async () => {
    const other = DEMO_ACCOUNT.otherProjectId;
    const c: Call = { path: JOBS, headers: { 'X-Project-Id': other } };
    expect(await signedSend(c)).toEqual(PROJECT);
    const missing = 'ffffffffffffffffffffffffffffffff';
    const unknown: Call = {
      path: `/v1/${missing}/training-jobs`,
      headers: { 'X-Project-Id': missing },
    };
    expect(await signedSend(unknown)).toEqual(PROJECT);
    expect(await signedSend({ path: `/v1/${missing}/training-jobs` })).toEqual(PROJECT);
    const own = await signedSend({
      path: `/v1/${other}/training-jobs`,
      headers: { 'X-Project-Id': other },
    });
    expect(own.status).toBe(200);
  });
});

describe('X-Sdk-Date', () => {
  const T = Date.UTC(2026, 0, 1, 12, 0, 0);
  const at = (now: number, signedAt: number) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const c: Call = { path: JOBS, headers: { 'X-Sdk-Date': sdkDate(signedAt) } };
    return signedSend(c);
  };

  it('is accepted up to exactly 15 minutes off the emulator clock, either way', async () => {
    expect(MAX_CLOCK_SKEW_MS).toBe(15 * 60_000);
    expect((await at(T + MAX_CLOCK_SKEW_MS, T)).status).toBe(200);
    expect((await at(T - MAX_CLOCK_SKEW_MS, T)).status).toBe(200);
  });

  it('is refused one second more off (expired or in the future)', async () => {
    expect(await at(T + MAX_CLOCK_SKEW_MS + 1000, T)).toEqual(CHECK);
    expect(await at(T - MAX_CLOCK_SKEW_MS - 1000, T)).toEqual(CHECK);
  });

  it('is refused missing or malformed', async () => {
    const c: Call = { path: JOBS };
    const { 'X-Sdk-Date': date, ...undated } = sdkSign(c);
    expect(date).toMatch(/^\d{8}T\d{6}Z$/);
    expect(await send(c, undated)).toEqual(CHECK);
    expect(await send(c, { ...undated, 'X-Sdk-Date': date!.replace('T', ' ') })).toEqual(CHECK);
  });
});

describe('the Authorization header', () => {
  const date = () => sdkDate(Date.now());

  it('signed by hand over host and x-sdk-date is accepted (the hand signer agrees)', async () => {
    const res = await send({ path: JOBS }, handSigned(JOBS, ['host', 'x-sdk-date'], date()));
    expect(res.status).toBe(200);
  });

  it('may sign a header the request does not carry, as an empty value', async () => {
    const headers = handSigned(JOBS, ['host', 'x-absent', 'x-sdk-date'], date(), {
      'x-absent': '',
    });
    expect((await send({ path: JOBS }, headers)).status).toBe(200);
  });

  it('must sign host and x-sdk-date (401 0208 even when the signature matches)', async () => {
    expect(await send({ path: JOBS }, handSigned(JOBS, ['x-sdk-date'], date()))).toEqual(CHECK);
    expect(await send({ path: JOBS }, handSigned(JOBS, ['host'], date()))).toEqual(CHECK);
  });

  it('is refused as malformed (401 0206) or with a forged signature (401 0208)', async () => {
    const malformed = { authorization: 'SDK-HMAC-SHA256 nonsense', 'x-sdk-date': date() };
    expect(await send({ path: JOBS }, malformed)).toEqual(FORMAT);
    const forged = formatAuthorization({
      access: AK,
      signedHeaders: ['host', 'x-sdk-date'],
      signature: '0'.repeat(64),
    });
    expect(await send({ path: JOBS }, { authorization: forged, 'x-sdk-date': date() })).toEqual(
      CHECK,
    );
  });
});
