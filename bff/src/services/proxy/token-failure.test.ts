import { describe, expect, it } from 'vitest';
import { tokenFailure } from './token-failure.js';

describe('tokenFailure', () => {
  it.each([
    ['ModelArts.0201', `{"error_code":"ModelArts.0201","error_msg":"Token doesn't exist."}`],
    ['ModelArts.0202', '{"is_success":false,"error_code":"ModelArts.0202","error_message":"x"}'],
    ['ModelArts.0203', '{"error_code":"ModelArts.0203","error_msg":"Invalid token."}'],
    ['ModelArts.50001000', '{"error_code":"ModelArts.50001000","error_msg":"token is invalid"}'],
    ['APIGW.0301', '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication"}'],
    ['APIG.0307', '{"error_code":"APIG.0307","error_msg":"The token must be updated."}'],
    [
      'HTTP.401',
      '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}',
    ],
    ['HTTP.401', ''],
  ])('a 401 with %s is a token failure', (code, text) => {
    expect(tokenFailure(401, text)).toEqual({ code });
  });

  it('other 401s, other statuses and unreadable bodies are not', () => {
    expect(
      tokenFailure(401, '{"error_code":"ModelArts.0112","error_msg":"policy"}'),
    ).toBeUndefined();
    expect(tokenFailure(401, '{"error":{"code":403,"title":"Forbidden"}}')).toBeUndefined();
    expect(tokenFailure(401, '<html>')).toBeUndefined();
    expect(tokenFailure(401, '"text"')).toBeUndefined();
    expect(tokenFailure(403, '{"error_code":"ModelArts.0203"}')).toBeUndefined();
  });
});
