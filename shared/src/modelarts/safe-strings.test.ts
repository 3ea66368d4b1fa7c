import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  bucketNameProblem,
  OBS_PATH_PATTERN,
  safeId,
  safeImageUrl,
  safeLine,
  safeLocalPath,
  safeMultiline,
  safeNfsPath,
  safeObsPath,
} from './safe-strings.js';

const SEED = 20261204;
const RUNS = { seed: SEED, numRuns: 300 };

/** The message of the first issue, or null when the value is accepted. */
const problem = (schema: z.ZodType, value: unknown): string | null => {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? '?');
};

describe('OBS paths', () => {
  const obs = safeObsPath('data_url');
  it.each([
    '/usr/app/',
    '/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
    'obs://test-modelarts/dataset-mnist/',
    '/cn-north-4-training-test/limou/ddp-demo-log/',
    '/my.bucket-1',
    '/bkt/a..b/c', // `..` inside a segment is a file name, not a parent folder
  ])('accepts %s', (value) => expect(problem(obs, value)).toBeNull());

  it.each([
    [
      'https://evil.example/x/',
      'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ],
    ['bucket/dir/', 'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/'],
    ['../../etc/passwd', 'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/'],
    [
      'file:///etc/passwd',
      'data_url must be an OBS path such as /bucket/dir/ or obs://bucket/dir/',
    ],
    ['/bkt/../../etc/passwd', 'data_url must not contain a ".." segment'],
    ['obs://bkt/a/..', 'data_url must not contain a ".." segment'],
    ['/bkt/%2e%2e/x', 'data_url must not contain a ".." segment'],
    ['/bkt/.%2E/x', 'data_url must not contain a ".." segment'],
    ['/bkt/x\u0000y', 'data_url must not contain a NUL character'],
    ['/bkt/x\ny', 'data_url must be a single line (no line breaks)'],
    ['/bkt/a b', 'data_url must not contain whitespace'],
    ['/../etc', expect.stringContaining('bucket name ".."')],
    ['/a/b/', 'data_url bucket name "a" must be 3–63 characters long'],
    ['/Bucket/x', expect.stringContaining('lowercase letters')],
    ['/bkt-/x', expect.stringContaining('start and end with a letter or digit')],
    ['/my..bucket/x', 'data_url bucket name "my..bucket" must not contain "..", ".-" or "-."'],
    ['/my.-bucket/x', 'data_url bucket name "my.-bucket" must not contain "..", ".-" or "-."'],
    ['/192.168.1.1/x', 'data_url bucket name "192.168.1.1" must not be an IP address'],
    [`/${'b'.repeat(64)}/x`, expect.stringContaining('must be 3–63 characters long')],
    ['', 'data_url is required'],
  ])('refuses %j', (value, message) => expect(problem(obs, value)).toEqual(message));

  it('OBS_PATH_PATTERN is anchored: no URL, relative or climbing path matches anywhere inside', () => {
    for (const value of ['https://evil.example/x/', 'bucket/dir/', '../../etc/passwd', '/bkt/x y'])
      expect(OBS_PATH_PATTERN.test(value), value).toBe(false);
    expect(OBS_PATH_PATTERN.test('obs://bkt/x/')).toBe(true);
  });

  // labels of a-z 0-9 joined by single periods or hyphens: the OBS bucket grammar
  const label = fc.stringMatching(/^[a-z0-9]{1,12}$/);
  const joined = fc.array(fc.tuple(label, fc.constantFrom('.', '-')), { maxLength: 4 });
  const bucket = fc
    .tuple(joined, label)
    .map(([pairs, last]) => pairs.map(([l, sep]) => l + sep).join('') + last)
    .filter((b) => b.length >= 3 && b.length <= 63 && !/^\d+\.\d+\.\d+\.\d+$/.test(b));
  const segment = fc
    .stringMatching(/^[A-Za-z0-9._~()+=,;@!'-]{1,12}$/)
    .filter((s) => s !== '..' && s !== '.');
  const key = fc.array(segment, { maxLength: 5 }).map((s) => s.join('/'));
  const scheme = fc.constantFrom('/', 'obs://');

  it('accepts every generated /bucket/key and obs://bucket/key', () => {
    fc.assert(
      fc.property(scheme, bucket, key, fc.boolean(), (s, b, k, slash) => {
        const value = `${s}${b}${k ? `/${k}` : ''}${slash ? '/' : ''}`;
        return problem(obs, value) === null;
      }),
      RUNS,
    );
  });

  it('refuses every generated path with a (maybe encoded) .. segment', () => {
    const dots = fc.constantFrom('..', '%2e%2e', '%2E.', '.%2e');
    fc.assert(
      fc.property(scheme, bucket, key, dots, key, (s, b, before, d, after) => {
        const value = [`${s}${b}`, before, d, after].filter(Boolean).join('/');
        return problem(obs, value) === 'data_url must not contain a ".." segment';
      }),
      RUNS,
    );
  });

  it('refuses every generated path without the leading / or obs://', () => {
    const prefix = fc.constantFrom('', 'http://', 'https://', 'obs:/', 's3://', './', '../', '~/');
    fc.assert(
      fc.property(prefix, bucket, key, (p, b, k) => problem(obs, `${p}${b}/${k}`) !== null),
      RUNS,
    );
  });

  it('refuses every generated bucket with an upper-case letter or an underscore', () => {
    fc.assert(
      fc.property(bucket, fc.nat(), fc.constantFrom('A', 'Z', '_', ' '), (b, at, bad) => {
        const i = at % b.length;
        return bucketNameProblem(b.slice(0, i) + bad + b.slice(i + 1)) !== null;
      }),
      RUNS,
    );
  });
});

/** Characters a person types: anything but C0, DEL and C1 controls. */
const typed = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s)); // eslint-disable-line no-control-regex -- the test's oracle
const forbiddenInLine = fc.oneof(
  fc.integer({ min: 0, max: 8 }),
  fc.integer({ min: 10, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
);
const insert = (s: string, at: number, code: number) => {
  const i = at % (s.length + 1);
  return s.slice(0, i) + String.fromCharCode(code) + s.slice(i);
};

describe('single-line and multi-line text', () => {
  const line = safeLine('parameters[].value');
  const text = safeMultiline('user_command');

  it.each([
    [line, 'a\u0000b', 'parameters[].value must not contain a NUL character'],
    [line, 'a\nb', 'parameters[].value must be a single line (no line breaks)'],
    [
      line,
      '\u001b[31mred',
      'parameters[].value must not contain control characters (found U+001B (ESC))',
    ],
    [
      line,
      'x\u007f',
      'parameters[].value must not contain control characters (found U+007F (DEL))',
    ],
    [line, 'x\u009b', 'parameters[].value must not contain control characters (found U+009B)'],
    [line, 'x'.repeat(1025), 'parameters[].value must be at most 1024 characters'],
    [text, 'echo a\u0000', 'user_command must not contain a NUL character'],
    [text, 'echo\u0007', 'user_command must not contain control characters (found U+0007)'],
    [text, 'x'.repeat(4097), 'user_command must be at most 4096 characters'],
    [text, '', 'user_command is required'],
  ])('%#: refuses %j naming the field', (schema, value, message) =>
    expect(problem(schema, value)).toBe(message),
  );

  it('accepts typed text, tabs in a line, line breaks in multi-line text', () => {
    expect(problem(line, 'lr=0.01\tß 損失 🙂')).toBeNull();
    expect(problem(text, 'cd /home/ma-user\r\nsh run.sh\t--x')).toBeNull();
    fc.assert(
      fc.property(typed, (s) => problem(safeLine('v', { allowEmpty: true }), s) === null),
      RUNS,
    );
  });

  it('refuses every generated value with a control character (tab aside) in a line', () => {
    fc.assert(
      fc.property(typed, fc.nat(), forbiddenInLine, (s, at, code) => {
        const message = problem(line, insert(s, at, code));
        return message !== null && message.startsWith('parameters[].value must');
      }),
      RUNS,
    );
  });

  it('allows tab, LF and CR in multi-line text and refuses every other control character', () => {
    fc.assert(
      fc.property(typed, fc.nat(), fc.constantFrom(9, 10, 13), (s, at, code) => {
        return problem(text, `x${insert(s, at, code)}`) === null;
      }),
      RUNS,
    );
    const forbidden = forbiddenInLine.filter((c) => c !== 10 && c !== 13);
    fc.assert(
      fc.property(typed, fc.nat(), forbidden, (s, at, code) => {
        return problem(text, insert(s, at, code)) !== null;
      }),
      RUNS,
    );
  });
});

describe('local paths, NFS exports, images and ids', () => {
  const local = safeLocalPath('dest_path');
  const nfs = safeNfsPath('src_path');
  const image = safeImageUrl('user_image_url');
  const id = safeId('dataset_id');

  it.each([
    [local, '/home/work/nas', null],
    [local, '/home/ma-user/nfs/', null],
    [local, 'relative', 'dest_path must be an absolute path'],
    [local, '/home/../etc', 'dest_path must not contain a ".." segment'],
    [local, '/home/%2E%2E/etc', 'dest_path must not contain a ".." segment'],
    [local, '/home/x\u0000', 'dest_path must not contain a NUL character'],
    [nfs, '192.168.8.150:/', null],
    [nfs, '10.10.10.10:/example/path', null],
    [nfs, 'nas.example:/share', null],
    [nfs, '[fd00::1]:/export', null],
    [
      nfs,
      '/no/host',
      'src_path must be an NFS export such as 192.168.0.82:/ or nas.example:/share',
    ],
    [
      nfs,
      'host:relative',
      'src_path must be an NFS export such as 192.168.0.82:/ or nas.example:/share',
    ],
    [nfs, 'a b:/x', 'src_path must be an NFS export such as 192.168.0.82:/ or nas.example:/share'],
    [nfs, '1.2.3.4:/../../etc', 'src_path must not contain a ".." segment'],
    [image, '100.125.5.235:20202/jobmng/custom-cpu-base:1.0', null],
    [image, 'xxxxxxxx/fastseq:1.2', null],
    [image, 'reg.example/org/img@sha256:abc123', null],
    [image, 'img:1; rm -rf /', expect.stringContaining('user_image_url must be an image such as')],
    [image, 'org/../img', 'user_image_url must not contain a ".." segment'],
    [image, 'img\u0000', 'user_image_url must not contain a NUL character'],
    [id, '38277e62-9e59-48f4-8d89-c8cf41622c24', null],
    [id, '../x', 'dataset_id may contain only letters, digits, hyphens (-) and underscores (_)'],
  ])('%#: %j → %j', (schema, value, expected) => expect(problem(schema, value)).toEqual(expected));

  it('accepts every generated absolute path and refuses it with a .. segment or made relative', () => {
    const seg = fc.stringMatching(/^[A-Za-z0-9._ -]{1,10}$/).filter((s) => s !== '..' && s !== '.');
    const segs = fc.array(seg, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(segs, fc.nat(), (parts, at) => {
        const good = `/${parts.join('/')}`;
        const withDots = [...parts];
        withDots.splice(at % (parts.length + 1), 0, '..');
        return (
          problem(local, good) === null &&
          problem(local, `/${withDots.join('/')}`) ===
            'dest_path must not contain a ".." segment' &&
          problem(local, parts.join('/')) !== null
        );
      }),
      RUNS,
    );
  });
});
