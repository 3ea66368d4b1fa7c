import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js';
import { ClientBuilder } from '@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js';
import type { HcClient } from '@huaweicloud/huaweicloud-sdk-core/HcClient.js';
import { sdkDate } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnEmulator, type SpawnedEmulator } from '../../testing.js';
import { DEMO_ACCESS_KEY } from './aksk-auth.js';

/**
 * AK/SK signing checked with the official Huawei Cloud SDK core as the client (a signer the
 * project did not write) against a real emulator process.
 */
type SdkResult = Record<string, unknown> & { httpStatusCode?: number };
interface SdkError {
  status?: number;
  httpStatusCode?: number;
  errorCode?: string;
  errorMsg?: string;
}

describe('AK/SK signed requests from the official SDK', () => {
  let emu: SpawnedEmulator;
  beforeAll(async () => {
    emu = await spawnEmulator();
  });
  afterAll(async () => emu?.stop());

  const client = (ak: string, sk: string, projectId = emu.projectId) =>
    new ClientBuilder<HcClient>((c: HcClient) => c)
      .withCredential(new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId))
      .withEndpoint(emu.url)
      .build();

  const send = (c: HcClient, options: Record<string, unknown>) =>
    c.sendRequest({
      pathParams: {},
      queryParams: {},
      headers: {},
      contentType: 'application/json',
      ...options,
    } as never) as Promise<SdkResult>;

  const failure = async (p: Promise<unknown>): Promise<SdkError> => {
    try {
      await p;
    } catch (e) {
      return e as SdkError;
    }
    throw new Error('expected the call to fail');
  };

  const demo = () => client(DEMO_ACCESS_KEY.ak, DEMO_ACCESS_KEY.sk);

  it('lists v1 training jobs and searches v2 jobs with the demo key pair', async () => {
    const list = await send(demo(), {
      method: 'GET',
      url: '/v1/{project_id}/training-jobs',
      queryParams: { per_page: 5, page: 1, sortBy: 'job_name', search_content: 'a b/ü' },
    });
    expect(list.httpStatusCode).toBe(200);
    expect(list).toMatchObject({ is_success: true, jobs: [] });
    const search = await send(demo(), {
      method: 'POST',
      url: '/v2/{project_id}/training-job-searches',
      data: { offset: 0, limit: 5, filters: [{ key: 'name', operator: 'like', value: ['x'] }] },
      contentType: 'application/json;charset=UTF-8',
    });
    expect(search.httpStatusCode).toBe(200);
    expect(search).toMatchObject({ total: 0, items: [] });
  });

  it('refuses a wrong SK and a 20-minute-old X-Sdk-Date with 401 ModelArts.0208', async () => {
    const wrong = await failure(
      send(client(DEMO_ACCESS_KEY.ak, `${DEMO_ACCESS_KEY.sk}x`), {
        method: 'GET',
        url: '/v1/{project_id}/training-jobs',
      }),
    );
    expect(wrong).toMatchObject({
      errorCode: 'ModelArts.0208',
      errorMsg: 'Failed to check the authorization request header.',
    });
    expect(wrong.status ?? wrong.httpStatusCode).toBe(401);
    const stale = await failure(
      send(demo(), {
        method: 'GET',
        url: '/v1/{project_id}/training-jobs',
        headers: { 'X-Sdk-Date': sdkDate(Date.now() - 20 * 60_000) },
      }),
    );
    expect(stale).toMatchObject({ errorCode: 'ModelArts.0208' });
    expect(stale.status ?? stale.httpStatusCode).toBe(401);
  });

  it('refuses an unknown AK with 403 ModelArts.0206 "Invalid AK/SK." (the error-code page)', async () => {
    const unknown = await failure(
      send(client('UNKNOWNAK00000000000', DEMO_ACCESS_KEY.sk), {
        method: 'GET',
        url: '/v1/{project_id}/training-jobs',
      }),
    );
    expect(unknown).toMatchObject({ errorCode: 'ModelArts.0206', errorMsg: 'Invalid AK/SK.' });
    expect(unknown.status ?? unknown.httpStatusCode).toBe(403);
  });

  it('refuses a signed call to another project than X-Project-Id with 403 ModelArts.0210', async () => {
    const other = await failure(
      send(client(DEMO_ACCESS_KEY.ak, DEMO_ACCESS_KEY.sk, '7c3a9e2b41d64f0a8b5e6d7c8f9a0b1c'), {
        method: 'GET',
        url: `/v1/${emu.projectId}/training-jobs`,
      }),
    );
    expect(other).toMatchObject({ errorCode: 'ModelArts.0210' });
  });

  it('accepts the exact signed body and refuses it changed after signing', async () => {
    const url = `${emu.url}/v2/${emu.projectId}/training-job-searches`;
    const data = { offset: 0, limit: 5 };
    const headers = AKSKSigner.sign(
      {
        endpoint: url,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Project-Id': emu.projectId },
        queryParams: {},
        data,
      } as never,
      new BasicCredentials().withAk(DEMO_ACCESS_KEY.ak).withSk(DEMO_ACCESS_KEY.sk),
    ) as Record<string, string>;
    const post = (body: string) => fetch(url, { method: 'POST', headers, body });
    expect((await post(JSON.stringify(data))).status).toBe(200);
    const changed = await post(JSON.stringify({ ...data, limit: 50 }));
    expect(changed.status).toBe(401);
    expect(await changed.json()).toMatchObject({ error_code: 'ModelArts.0208' });
  });

  it('refuses a forged signature and a malformed Authorization header', async () => {
    const signed = await fetch(`${emu.url}/v1/${emu.projectId}/training-jobs`, {
      method: 'GET',
      headers: {
        authorization: `SDK-HMAC-SHA256 Access=${DEMO_ACCESS_KEY.ak}, SignedHeaders=host;x-sdk-date, Signature=${'0'.repeat(64)}`,
        'x-sdk-date': sdkDate(Date.now()),
      },
    });
    expect(signed.status).toBe(401);
    expect(await signed.json()).toMatchObject({ error_code: 'ModelArts.0208' });
    const malformed = await fetch(`${emu.url}/v1/${emu.projectId}/training-jobs`, {
      headers: { authorization: 'SDK-HMAC-SHA256 nonsense' },
    });
    expect(malformed.status).toBe(401);
    expect(await malformed.json()).toMatchObject({ error_code: 'ModelArts.0206' });
  });
});
