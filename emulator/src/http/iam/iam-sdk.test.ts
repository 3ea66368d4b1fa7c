import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials.js';
import * as iam from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../demo-account.js';
import { spawnEmulator, type SpawnedEmulator } from '../../testing.js';

/** The official IAM SDK's password-token call against a real emulator process. */
function passwordTokenRequest(password: string) {
  const user = new iam.PwdPasswordUser()
    .withName(DEMO_ACCOUNT.username)
    .withPassword(password)
    .withDomain(new iam.PwdPasswordUserDomain().withName(DEMO_ACCOUNT.domain));
  const auth = new iam.PwdAuth()
    .withIdentity(
      new iam.PwdIdentity()
        .withMethods(['password'])
        .withPassword(new iam.PwdPassword().withUser(user)),
    )
    .withScope(
      new iam.AuthScope().withProject(new iam.AuthScopeProject().withName(DEMO_ACCOUNT.project)),
    );
  return new iam.KeystoneCreateUserTokenByPasswordRequest().withBody(
    new iam.KeystoneCreateUserTokenByPasswordRequestBody().withAuth(auth),
  );
}

describe('IAM password tokens for the official IAM SDK', () => {
  let emu: SpawnedEmulator;
  let client: iam.IamClient;
  beforeAll(async () => {
    emu = await spawnEmulator();
    // the SDK's builder wants a credential even for this call, which needs none
    client = iam.IamClient.newBuilder()
      .withCredential(new GlobalCredentials().withAk('unused').withSk('unused'))
      .withEndpoint(emu.url)
      .build();
  });
  afterAll(async () => emu?.stop());

  it('parses the token response: project, user, expiry and the X-Subject-Token header', async () => {
    const r = await client.keystoneCreateUserTokenByPassword(passwordTokenRequest('demo'));
    expect(r.httpStatusCode).toBe(201);
    expect(r.token?.project?.id).toBe(DEMO_ACCOUNT.projectId);
    expect(r.token?.user?.name).toBe('demo');
    // the SDK hands the JSON on as sent (no model instances): the wire name expires_at
    const expires = (r.token as unknown as Record<string, string>).expires_at;
    expect(Date.parse(String(expires))).toBeGreaterThan(Date.now());
    expect((r as unknown as Record<string, string>)['X-Subject-Token']).toMatch(/.{16,}/);
  });

  /*
   * The documented IAM error body is `{"error_msg": "…", "error_code": "…"}` (calling_apis/
   * response.rst, and the catalog §1.1 "IAM error body"). Page and catalog agree on the shape but
   * not on what it is: the page shows it as the error body of any API call, with an Auto Scaling
   * code (`AS.0001`); the catalog files the same sample under the IAM token call. Neither documents
   * the Keystone form `{"error": {"code": 401, "message", "title"}}` nor the code of a wrong
   * password (the emulator answers the API Gateway's `APIGW.0301`, "incorrect IAM authentication
   * information"). The SDK core reads `error.code` before `error_code` (ExceptionUtil), so a body
   * with a Keystone `error` object beside the documented fields makes it report `401`.
   */
  it('reads a wrong password as the documented error body: the code string and the message', async () => {
    let error: { errorCode?: unknown; errorMsg?: string; httpStatusCode?: number } | undefined;
    try {
      await client.keystoneCreateUserTokenByPassword(passwordTokenRequest('wrong'));
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).toMatchObject({
      httpStatusCode: 401,
      errorCode: 'APIGW.0301',
      errorMsg: 'The username or password is wrong.',
    });
  });
});
