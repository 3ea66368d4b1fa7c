import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnyErrorBodySchema } from './error-body.js';
import { normaliseErrorBody } from './error-read.js';
import { SignInOptionsSchema } from './portal.js';
import { readSignInOptions } from './sign-in-options.js';

// The web's login page reads error bodies and the sign-in options without zod (issue 14's 120 kB
// budget); these readers must agree with the schemas the BFF answers by, on any input.

const value = fc.oneof(
  fc.string(),
  fc.constantFrom('iam', 'oidc', 'Console.0401', ''),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 2 }),
);
const body = fc.oneof(
  fc.record(
    {
      error_code: value,
      error_msg: value,
      error_message: value,
      request_id: value,
      field: value,
      auth_mode: value,
      other: value,
    },
    { requiredKeys: [] },
  ),
  value,
);

/** The reference: what normaliseErrorBody did with zod. */
function withSchema(input: unknown, status: number) {
  const parsed = AnyErrorBodySchema.safeParse(input);
  if (parsed.success) {
    const b = parsed.data;
    const message = b.error_msg ?? b.error_message;
    if (b.error_code || message) {
      return {
        code: b.error_code ?? `HTTP.${status}`,
        message: message ?? `Request failed with status ${status}`,
        ...(b.request_id ? { requestId: b.request_id } : {}),
        ...(b.field ? { field: b.field } : {}),
      };
    }
  }
  return { code: `HTTP.${status}`, message: `Request failed with status ${status}` };
}

describe('zod-free readers agree with their schemas', () => {
  it('normaliseErrorBody reads any body as AnyErrorBodySchema does', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 400, max: 599 }), (input, status) => {
        expect(normaliseErrorBody(input, status)).toEqual(withSchema(input, status));
      }),
      { seed: 1414, numRuns: 2000 },
    );
  });

  it('readSignInOptions accepts exactly what SignInOptionsSchema accepts', () => {
    fc.assert(
      fc.property(body, (input) => {
        const parsed = SignInOptionsSchema.safeParse(input);
        expect(readSignInOptions(input)).toEqual(parsed.success ? parsed.data : undefined);
      }),
      { seed: 1415, numRuns: 2000 },
    );
  });

  it('reads the usual bodies', () => {
    expect(normaliseErrorBody({ error_code: 'ModelArts.1', error_message: 'gone' }, 404)).toEqual({
      code: 'ModelArts.1',
      message: 'gone',
    });
    expect(normaliseErrorBody({ error_code: 7 }, 500).code).toBe('HTTP.500');
    expect(readSignInOptions({ auth_mode: 'oidc', x: 1 })).toEqual({ auth_mode: 'oidc' });
    expect(readSignInOptions({ auth_mode: 'saml' })).toBeUndefined();
  });
});
