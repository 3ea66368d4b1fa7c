import { describe, expect, it } from 'vitest';
import {
  buildPasswordTokenRequest,
  IamErrorBodySchema,
  IamTokenRequestSchema,
  IamTokenResponseSchema,
} from './token.js';

const login = { domain: 'dom', username: 'alice', password: 'pw', project: 'cn-north-4' };

/** Messages of the issues, or [] when the value is accepted. */
const messages = (value: unknown): string[] => {
  const r = IamTokenRequestSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('IAM token request', () => {
  it('builds the password request of catalog §1.1, which its schema accepts', () => {
    const body = buildPasswordTokenRequest(login);
    expect(body).toEqual({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'alice', password: 'pw', domain: { name: 'dom' } } },
        },
        scope: { project: { name: 'cn-north-4' } },
      },
    });
    expect(messages(body)).toEqual([]);
  });

  const withUser = (user: object) => {
    const body = buildPasswordTokenRequest(login);
    return { auth: { ...body.auth, identity: { ...body.auth.identity, password: { user } } } };
  };
  const user = { name: 'alice', password: 'pw', domain: { name: 'dom' } };

  it.each([
    [{ ...user, name: '' }, 'user name is required'],
    [{ ...user, password: '' }, 'password is required'],
    [{ ...user, domain: { name: '' } }, 'domain name is required'],
  ])('refuses an empty field of the user: %j', (u, message) =>
    expect(messages(withUser(u))).toEqual([message]),
  );

  it('needs at least one method, and only password', () => {
    const body = buildPasswordTokenRequest(login);
    const methods = (m: unknown[]) => ({
      auth: { ...body.auth, identity: { ...body.auth.identity, methods: m } },
    });
    expect(messages(methods([]))).toHaveLength(1);
    expect(messages(methods(['token']))).toHaveLength(1);
    expect(messages(methods(['password', 'password']))).toEqual([]);
  });

  it('scopes to a project by name or by id, not neither', () => {
    const body = buildPasswordTokenRequest(login);
    const scope = (project: object) => ({ auth: { ...body.auth, scope: { project } } });
    expect(messages(scope({ id: 'p1' }))).toEqual([]);
    expect(messages(scope({ name: 'n', id: 'p1' }))).toEqual([]);
    expect(messages(scope({}))).toEqual(['scope.project needs a name or an id']);
    expect(messages(scope({ name: '' }))).toHaveLength(1);
    expect(messages(scope({ id: '' }))).toHaveLength(1);
  });
});

describe('IAM token response', () => {
  const token = { expires_at: '2026-12-08T05:00:00Z', project: { id: 'p1', name: 'cn-north-4' } };

  it('reads the token body and keeps unknown keys', () => {
    const body = { token: { ...token, catalog: [], user: { name: 'alice', extra: 1 } } };
    expect(IamTokenResponseSchema.parse(body)).toEqual(body);
  });

  it.each([
    ['no expiry', { project: token.project }],
    ['no project', { expires_at: token.expires_at }],
    ['a project without id', { ...token, project: { name: 'x' } }],
    ['a user without name', { ...token, user: { id: 'u' } }],
    ['a user domain without name', { ...token, user: { name: 'a', domain: {} } }],
    ['methods that are no strings', { ...token, methods: [1] }],
    ['a numeric issued_at', { ...token, issued_at: 1 }],
  ])('refuses %s', (_why, t) =>
    expect(IamTokenResponseSchema.safeParse({ token: t }).success).toBe(false),
  );
});

describe('IAM error bodies', () => {
  it.each([
    [{ error_code: 'IAM.0001', error_msg: 'bad', extra: true }],
    [{ error: { code: 401, message: 'The request you have made requires authentication.' } }],
    [{ error: { code: 'x', message: 'm', title: 'Unauthorized' } }],
  ])('accepts %j', (body) => expect(IamErrorBodySchema.parse(body)).toEqual(body));

  it.each([
    [{ error_code: 'IAM.0001' }],
    [{ error_msg: 'bad' }],
    [{ error: { code: true, message: 'm' } }],
    [{ error: { code: 1 } }],
    [{ error: { code: 1, message: 'm', title: 2 } }],
  ])('refuses %j', (body) => expect(IamErrorBodySchema.safeParse(body).success).toBe(false));
});
