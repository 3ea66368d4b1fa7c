import { describe, expect, it } from 'vitest';
import {
  AuditEntrySchema,
  GuardrailsSchema,
  RoleSchema,
  roleAllows,
  ROLES,
  SignInOptionsSchema,
} from './portal.js';
import { LoginRequestSchema, SessionInfoSchema } from './session.js';

const login = { domain: 'dom', username: 'alice', password: 'secret', project: 'cn-north-4' };

/** The message of each issue, or [] when the body is accepted. */
const loginProblems = (body: unknown): string[] => {
  const r = LoginRequestSchema.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('POST /api/session body', () => {
  it('trims the names but not the password', () => {
    const body = { ...login, domain: ' dom ', username: '\talice ', password: ' secret ' };
    expect(LoginRequestSchema.parse(body)).toEqual({ ...login, password: ' secret ' });
  });

  it.each(['domain', 'username', 'project'] as const)('%s: required, at most 64', (name) => {
    expect(loginProblems({ ...login, [name]: '   ' })).toEqual([`${name} is required`]);
    expect(loginProblems({ ...login, [name]: undefined })).toEqual([`${name} is required`]);
    expect(loginProblems({ ...login, [name]: 'x'.repeat(64) })).toEqual([]);
    expect(loginProblems({ ...login, [name]: 'x'.repeat(65) })).toEqual([
      `${name} must be at most 64 characters`,
    ]);
  });

  it('password: required, at most 256', () => {
    expect(loginProblems({ ...login, password: '' })).toEqual(['password is required']);
    expect(loginProblems({ ...login, password: undefined })).toEqual(['password is required']);
    expect(loginProblems({ ...login, password: 'p'.repeat(256) })).toEqual([]);
    expect(loginProblems({ ...login, password: 'p'.repeat(257) })).toHaveLength(1);
  });

  it('refuses unknown keys', () => {
    expect(loginProblems({ ...login, role: 'admin' })).toHaveLength(1);
  });
});

describe('roles of the team portal', () => {
  it('orders viewer < operator < admin', () => {
    const allowed = ROLES.flatMap((role) =>
      ROLES.filter((needed) => roleAllows(role, needed)).map((needed) => `${role}>=${needed}`),
    );
    expect(allowed).toEqual([
      'viewer>=viewer',
      'operator>=viewer',
      'operator>=operator',
      'admin>=viewer',
      'admin>=operator',
      'admin>=admin',
    ]);
  });

  it('names the roles in its message', () => {
    const r = RoleSchema.safeParse('owner');
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      'must be viewer, operator or admin',
    ]);
  });
});

describe('session and portal bodies', () => {
  const session = {
    user: 'alice',
    domain: 'dom',
    project: { id: 'p1', name: 'cn-north-4' },
    expiresAt: '2026-12-08T05:00:00Z',
  };

  it('reads a session with and without the portal fields', () => {
    expect(SessionInfoSchema.parse(session)).toEqual(session);
    const portal = {
      ...session,
      role: 'operator',
      roles: { p1: 'operator', p2: 'viewer' },
      guardrails: { flavors: ['f'], max_nodes: 2, obs_prefixes: { code: ['/b/c/'] } },
    };
    expect(SessionInfoSchema.parse(portal)).toEqual(portal);
  });

  it.each([
    ['a role outside the list', { role: 'owner' }],
    ['a project role outside the list', { roles: { p1: 'root' } }],
    ['a project without id', { project: { name: 'x' } }],
    ['guardrails of the wrong type', { guardrails: { max_nodes: '2' } }],
  ])('refuses %s', (_why, patch) =>
    expect(SessionInfoSchema.safeParse({ ...session, ...patch }).success).toBe(false),
  );

  it('guardrails: every limit is optional, each has its type', () => {
    expect(GuardrailsSchema.parse({})).toEqual({});
    const all = {
      flavors: ['a'],
      max_nodes: 4,
      max_running_per_user: 2,
      auto_stop_max_hours: 24,
      obs_prefixes: { code: ['/c/'], data: ['/d/'], outputs: ['/o/'] },
    };
    expect(GuardrailsSchema.parse(all)).toEqual(all);
    for (const bad of [
      { flavors: 'a' },
      { max_running_per_user: '2' },
      { auto_stop_max_hours: '1' },
      { obs_prefixes: { code: '/c/' } },
      { obs_prefixes: { data: [1] } },
      { obs_prefixes: { outputs: [1] } },
    ])
      expect(GuardrailsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('sign-in options are iam or oidc', () => {
    expect(SignInOptionsSchema.parse({ auth_mode: 'oidc' })).toEqual({ auth_mode: 'oidc' });
    expect(SignInOptionsSchema.safeParse({ auth_mode: 'saml' }).success).toBe(false);
  });

  it('audit entries: the required fields and typed optional ones', () => {
    const entry = {
      time: 't',
      user: 'u',
      project: 'p',
      method: 'DELETE',
      path: '/api/obs/x',
      status: 204,
    };
    const full = { ...entry, role: 'admin', job: 'j', object: '/b/k', request_id: 'r' };
    expect(AuditEntrySchema.parse(full)).toEqual(full);
    expect(AuditEntrySchema.parse(entry)).toEqual(entry);
    for (const key of Object.keys(entry)) {
      const rest: Record<string, unknown> = { ...entry };
      delete rest[key];
      expect(AuditEntrySchema.safeParse(rest).success, key).toBe(false);
    }
    for (const patch of [{ role: 'root' }, { job: 1 }, { object: 1 }, { request_id: 1 }])
      expect(AuditEntrySchema.safeParse({ ...entry, ...patch }).success).toBe(false);
  });
});
