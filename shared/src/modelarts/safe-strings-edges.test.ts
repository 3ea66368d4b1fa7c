import { describe, expect, it } from 'vitest';
import {
  bucketNameProblem,
  imageUrlProblem,
  localPathProblem,
  nfsPathProblem,
  obsPathProblem,
  safeLine,
  safeObsPath,
} from './safe-strings.js';

// Edges of the path and text rules that safe-strings.test.ts does not pin: bucket length bounds,
// the bucket named in a message, line breaks in single-line paths, and the schema's own messages.

describe('bucket and OBS path edges', () => {
  it('a bucket name is 3 to 63 characters long', () => {
    expect(bucketNameProblem('abc')).toBeNull();
    expect(bucketNameProblem('a'.repeat(63))).toBeNull();
    expect(bucketNameProblem('ab')).toBe('must be 3–63 characters long');
    expect(bucketNameProblem('a'.repeat(64))).toBe('must be 3–63 characters long');
    expect(obsPathProblem(`/${'a'.repeat(63)}/key`)).toBeNull();
  });

  it('an empty bucket (a second leading slash) is named as empty', () => {
    expect(obsPathProblem('//bkt/x')).toBe('bucket name "" must be 3–63 characters long');
    expect(obsPathProblem('obs:///bkt/x')).toBe('bucket name "" must be 3–63 characters long');
  });

  it('a long bucket is named by its first 64 characters', () => {
    const bucket = 'b'.repeat(100);
    expect(obsPathProblem(`/${bucket}/x`)).toBe(
      `bucket name "${'b'.repeat(64)}" must be 3–63 characters long`,
    );
  });
});

describe('single-line paths refuse line breaks by name', () => {
  const LINE = 'must be a single line (no line breaks)';
  it.each([
    ['local', () => localPathProblem('/data/a\nb')],
    ['local, carriage return', () => localPathProblem('/data/a\rb')],
    ['NFS, in the host', () => nfsPathProblem('nas\n.example:/share')],
    ['NFS, in the path', () => nfsPathProblem('nas.example:/sh\nare')],
    ['image', () => imageUrlProblem('org/image\n:1')],
  ])('%s', (_kind, problem) => expect(problem()).toBe(LINE));

  it('NFS exports need a host before :/', () => {
    const NFS = 'must be an NFS export such as 192.168.0.82:/ or nas.example:/share';
    expect(nfsPathProblem('192.168.0.82:/')).toBeNull();
    expect(nfsPathProblem('[fe80::1]:/data')).toBeNull();
    expect(nfsPathProblem(':/share')).toBe(NFS);
    expect(nfsPathProblem('/share')).toBe(NFS);
    expect(nfsPathProblem('nas:share')).toBe(NFS);
    // no ":/" at all: refused as no export, whatever the rest would pass for
    expect(nfsPathProblem('nas.example')).toBe(NFS);
    expect(nfsPathProblem('nas:/a/../b')).toBe('must not contain a ".." segment');
  });
});

describe('messages of the schemas', () => {
  const messages = (value: unknown, schema = safeLine('args')) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('names the field when the value is no string, empty or too long', () => {
    expect(messages(5)).toEqual(['args must be a string']);
    expect(messages(null)).toEqual(['args must be a string']);
    expect(messages('')).toEqual(['args is required']);
    expect(messages('x'.repeat(1024))).toEqual([]);
    expect(messages('x'.repeat(1025))).toEqual(['args must be at most 1024 characters']);
    expect(messages('x'.repeat(11), safeLine('args', { max: 10 }))).toEqual([
      'args must be at most 10 characters',
    ]);
  });

  it('an allowed empty value skips the other rules; a required one is reported first', () => {
    expect(messages('', safeObsPath('code_dir', { allowEmpty: true }))).toEqual([]);
    expect(messages('', safeObsPath('code_dir'))).toEqual([
      'code_dir is required',
      'code_dir must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ]);
    expect(messages('x', safeObsPath('code_dir', { allowEmpty: true }))).toEqual([
      'code_dir must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ]);
  });
});
