import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obsToLocal } from '../../paths.js';
import { ObsError } from './obs-errors.js';
import { bucketNameProblem, checkObjectKey, objectKeyProblem } from './obs-names.js';

const SEED = 20261206;
const run = <T>(p: fc.IProperty<T>) => fc.assert(p, { seed: SEED, numRuns: 2000 });

const safeChar = fc.constantFrom(...'abcXYZ019-_.~ +=@,;!()[]{}%#&é中🙂'.split(/(?:)/u));
const segment = fc
  .array(safeChar, { minLength: 1, maxLength: 12 })
  .map((c) => c.join(''))
  .filter((s) => s !== '.' && s !== '..');
const goodKey = fc
  .tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([segs, folder]) => segs.join('/') + (folder ? '/' : ''));

describe('object keys (property-based, fixed seed)', () => {
  it('accepts keys of ordinary segments, and each maps inside its bucket', () => {
    const root = path.resolve('/data/obs');
    run(
      fc.property(goodKey, (key) => {
        expect(objectKeyProblem(key)).toBeNull();
        const local = obsToLocal(root, `/bucket/${key}`);
        expect(local.startsWith(path.join(root, 'bucket') + path.sep)).toBe(true);
      }),
    );
  });

  it('refuses any key with a ".." or "." segment, wherever it sits', () => {
    run(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.array(segment, { maxLength: 4 }),
        fc.constantFrom('..', '.'),
        (before, after, dots) => {
          const key = [...before, dots, ...after].join('/');
          expect(objectKeyProblem(key)).toMatch(/segment|empty/);
        },
      ),
    );
  });

  it('refuses NUL and control characters, backslashes and empty segments', () => {
    const bad = fc.constantFrom('\u0000', '\u0001', '\n', '\r', '\u007f', '\\', '//');
    run(
      fc.property(goodKey, bad, fc.nat(), (key, b, at) => {
        const i = at % (key.length + 1);
        const broken = key.slice(0, i) + b + key.slice(i);
        expect(objectKeyProblem(broken)).not.toBeNull();
        expect(() => checkObjectKey(broken)).toThrow(ObsError);
      }),
    );
  });

  it('refuses keys over 1,024 bytes with KeyTooLongError', () => {
    run(
      fc.property(fc.integer({ min: 1025, max: 3000 }), (n) => {
        const key = Array.from({ length: Math.ceil(n / 200) }, () => 'k'.repeat(199)).join('/');
        const long = key.slice(0, n).replace(/\/$/, 'k');
        const err = (() => {
          try {
            checkObjectKey(long);
          } catch (e) {
            return e as ObsError;
          }
        })();
        expect(err?.code).toBe('KeyTooLongError');
      }),
    );
  });
});

describe('bucket names (property-based, fixed seed)', () => {
  const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
  const name = fc
    .tuple(lower, fc.array(fc.constantFrom(...'abc019-.'.split('')), { maxLength: 40 }), lower)
    .map(([a, mid, z]) => a + mid.join('') + z);

  it('accepts exactly the names OBS allows', () => {
    run(
      fc.property(name, (n) => {
        const ok =
          n.length >= 3 &&
          n.length <= 63 &&
          !/\.\.|\.-|-\./.test(n) &&
          !/^\d{1,3}(\.\d{1,3}){3}$/.test(n);
        expect(bucketNameProblem(n) === null).toBe(ok);
      }),
    );
  });

  it('refuses upper case, underscores and names at the wrong length', () => {
    for (const bad of [
      'ab',
      'a'.repeat(64),
      'My-bucket',
      'my_bucket',
      '-bucket',
      'bucket-',
      '10.0.0.1',
    ])
      expect(bucketNameProblem(bad)).not.toBeNull();
    for (const good of ['abc', 'a'.repeat(63), 'test-modelarts', 'my.bucket.01'])
      expect(bucketNameProblem(good)).toBeNull();
  });
});
