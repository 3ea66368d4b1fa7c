import { describe, expect, it } from 'vitest';
import { ObsListQuerySchema, ObsPathSchema, obsUploadPath } from './obs.js';

describe('ObsPathSchema', () => {
  it.each([
    ['/', '/'],
    ['/bucket-a/', '/bucket-a/'],
    ['/bucket-a/dir/file.py', '/bucket-a/dir/file.py'],
    ['obs://bucket-a/dir/', '/bucket-a/dir/'],
  ])('reads %s as %s', (input, out) => {
    expect(ObsPathSchema.parse(input)).toBe(out);
  });

  it.each([
    '',
    'bucket/dir/',
    'https://evil.example/x/',
    '/bucket-a/../etc/passwd',
    '/bucket-a/dir/..',
    '/bucket-a/a\u0000b',
    '/BUCKET/',
    '//bucket/',
    `/bucket-a/${'x'.repeat(1200)}`,
  ])('refuses %j', (input) => {
    expect(ObsPathSchema.safeParse(input).success).toBe(false);
  });

  it('names the field in its message', () => {
    const r = ObsPathSchema.safeParse('/bucket-a/../x');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^path .*"\.\."/);
  });
});

describe('ObsListQuerySchema', () => {
  it('defaults and bounds the page size', () => {
    expect(ObsListQuerySchema.parse({ path: '/b-1/' }).limit).toBe(200);
    expect(ObsListQuerySchema.parse({ path: '/b-1/', limit: '5' }).limit).toBe(5);
    expect(ObsListQuerySchema.safeParse({ path: '/b-1/', limit: '0' }).success).toBe(false);
    expect(ObsListQuerySchema.safeParse({ path: '/b-1/', limit: '1001' }).success).toBe(false);
  });
});

describe('obsUploadPath', () => {
  it('encodes the upload id as one segment', () => {
    expect(obsUploadPath('abc')).toBe('/api/obs/uploads/abc');
    expect(obsUploadPath('a/b', '/parts/3')).toBe('/api/obs/uploads/a%2Fb/parts/3');
    expect(obsUploadPath('abc', '/complete')).toBe('/api/obs/uploads/abc/complete');
  });
});

describe('ObsPathSchema: key rules beyond the OBS path rules', () => {
  it.each([
    ['/bucket-a/a//b', 'empty segment'],
    ['/bucket-a/./b', '"." segment'],
    ['/bucket-a/%2E/b', '"." segment'],
    ['/bucket-a/a\\b', 'backslash'],
    ['/bucket-a/a%00b', 'percent-encoded characters (found %00)'],
    ['obs://bucket-a/a%2Fb', 'percent-encoded'],
  ])('refuses %s (%s)', (input, why) => {
    const r = ObsPathSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^path /);
    expect(r.error?.issues[0]?.message).toContain(why);
  });

  it('keeps a folder path ending in one slash', () => {
    expect(ObsPathSchema.parse('/bucket-a/a/b/')).toBe('/bucket-a/a/b/');
  });
});
