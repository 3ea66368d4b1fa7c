import { describe, expect, it } from 'vitest';
import type { Session } from '../session-store.js';
import { checkRead, checkWrite, mayWrite, obsAccessFor, visible } from './obs-access.js';
import { parseObsPath } from './obs-paths.js';

const session = (role?: 'viewer' | 'operator' | 'admin', prefixes = true): Session => ({
  token: '',
  projectId: 'p',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt: Date.now() + 60_000,
  portal: {
    subject: 's',
    groups: [],
    roles: role ? { 'eu-de': role } : {},
    guardrails: prefixes
      ? {
          viewer: { obs_prefixes: { code: ['/team/code/'], outputs: ['obs://team/out/'] } },
          operator: { obs_prefixes: { code: ['/team/code/'], data: ['/team/data/'] } },
        }
      : {},
  },
});

describe('OBS access in the team portal', () => {
  it('lets a viewer browse the allowed folders and the way to them, never write', () => {
    const a = obsAccessFor(session('viewer'));
    expect(a.prefixes).toEqual(['/team/code/', '/team/out/']);
    expect(() => checkRead(a, '/team/code/sub/x.py')).not.toThrow();
    expect(() => checkRead(a, '/team/')).not.toThrow();
    expect(() => checkRead(a, '/team')).not.toThrow();
    expect(() => checkRead(a, '/')).not.toThrow();
    expect(() => checkRead(a, '/team/secret/')).toThrow(/path \/team\/secret\/ is outside/);
    expect(() => checkRead(a, '/other/')).toThrow(/outside the OBS folders/);
    expect(visible(a, '/team/code/')).toBe(true);
    expect(visible(a, '/team/secret.txt')).toBe(false);
    expect(visible(a, '/other/')).toBe(false);
    expect(mayWrite(a, '/team/code/')).toBe(false);
    expect(() => checkWrite(a, '/team/code/x.py')).toThrow(/viewer; to upload.*need operator/);
  });

  it('lets an operator write only under its prefixes', () => {
    const a = obsAccessFor(session('operator'));
    expect(() => checkWrite(a, '/team/data/new/')).not.toThrow();
    expect(mayWrite(a, '/team/data/')).toBe(true);
    expect(mayWrite(a, '/team/')).toBe(false);
    let field: string | undefined;
    try {
      checkWrite(a, '/team/out/x');
    } catch (err) {
      field = (err as { field?: string }).field;
    }
    expect(field).toBe('path');
  });

  it('has no limit without prefixes, and refuses a session without a role', () => {
    const a = obsAccessFor(session('operator', false));
    expect(a.prefixes).toBeUndefined();
    expect(() => checkWrite(a, '/any/where/x')).not.toThrow();
    expect(() => obsAccessFor(session(undefined))).toThrow(/no role in eu-de/);
    const iam = obsAccessFor({ ...session('admin'), portal: undefined } as Session);
    expect(mayWrite(iam, '/b/x')).toBe(true);
  });
});

describe('console OBS paths', () => {
  it('reads buckets, folders and objects', () => {
    expect(parseObsPath('/')).toEqual({ kind: 'root' });
    expect(parseObsPath('/bucket')).toEqual({ kind: 'folder', bucket: 'bucket', prefix: '' });
    expect(parseObsPath('obs://bucket/a/')).toEqual({
      kind: 'folder',
      bucket: 'bucket',
      prefix: 'a/',
    });
    expect(parseObsPath('/bucket/a/b.py')).toEqual({
      kind: 'object',
      bucket: 'bucket',
      key: 'a/b.py',
    });
  });

  it.each([
    ['/bucket/../x', '".." segment'],
    ['/bucket/%2e%2E/x', '".." segment'],
    ['/bucket/./x', '"." segment'],
    ['/bucket/a//b', 'empty segment'],
    ['/bucket/a\\b', 'backslash'],
    ['/bucket/a\u0000b', 'NUL'],
    ['https://evil/', 'OBS path'],
    ['//evil/x', 'bucket name'],
    [['/a/', '/b/'], 'path is required'],
  ])('refuses %j naming path (%s)', (value, why) => {
    let err: { message?: string; field?: string; status?: number } = {};
    try {
      parseObsPath(value);
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.status).toBe(400);
    expect(err.field).toBe('path');
    expect(err.message).toMatch(/^path /);
    expect(err.message).toContain(why);
  });
});
