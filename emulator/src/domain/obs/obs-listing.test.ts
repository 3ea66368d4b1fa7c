import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, listPage, parseMaxKeys } from './obs-listing.js';
import { parseRange } from './obs-range.js';

const entries = (keys: string[]) => [...keys].sort(compareKeys).map((key) => ({ key }));
const page = (keys: string[], q: Partial<Parameters<typeof listPage>[1]>) => {
  const p = listPage(entries(keys), { prefix: '', marker: '', delimiter: '', maxKeys: 1000, ...q });
  return {
    keys: p.contents.map((c) => c.key),
    prefixes: p.commonPrefixes,
    truncated: p.isTruncated,
    next: p.nextMarker,
  };
};

describe('ListObjects paging', () => {
  const keys = ['a/1', 'a/2', 'a/b/3', 'b', 'c/1', 'c/2', 'd'];

  it('rolls keys up into common prefixes after the prefix', () => {
    expect(page(keys, { delimiter: '/' })).toEqual({
      keys: ['b', 'd'],
      prefixes: ['a/', 'c/'],
      truncated: false,
      next: undefined,
    });
    expect(page(keys, { prefix: 'a/', delimiter: '/' })).toMatchObject({
      keys: ['a/1', 'a/2'],
      prefixes: ['a/b/'],
    });
  });

  it('counts a common prefix as one entry and never repeats it across pages', () => {
    const first = page(keys, { delimiter: '/', maxKeys: 2 });
    expect(first).toEqual({ keys: ['b'], prefixes: ['a/'], truncated: true, next: 'b' });
    const second = page(keys, { delimiter: '/', maxKeys: 2, marker: 'b' });
    expect(second).toEqual({ keys: ['d'], prefixes: ['c/'], truncated: false, next: undefined });
    expect(page(keys, { delimiter: '/', maxKeys: 1, marker: 'a/' })).toMatchObject({
      keys: ['b'],
      next: 'b',
    });
  });

  it('pages through any key set exactly once, whatever the page size (property, fixed seed)', () => {
    const key = fc.stringMatching(/^[ab/]{1,6}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom('', '/'),
        (ks, max, delimiter) => {
          const seen: string[] = [];
          let marker = '';
          for (let i = 0; i < 100; i++) {
            const p = page(ks, { maxKeys: max, marker, delimiter });
            seen.push(...p.keys, ...p.prefixes);
            if (!p.truncated) break;
            marker = p.next!;
          }
          const whole = page(ks, { delimiter });
          expect([...seen].sort(compareKeys)).toEqual(
            [...whole.keys, ...whole.prefixes].sort(compareKeys),
          );
          expect(new Set(seen).size).toBe(seen.length);
        },
      ),
      { seed: 20261206, numRuns: 500 },
    );
  });

  it('reads max-keys as OBS does', () => {
    expect(parseMaxKeys(null)).toBe(1000);
    expect(parseMaxKeys('5000')).toBe(1000);
    expect(parseMaxKeys('7')).toBe(7);
    expect(() => parseMaxKeys('-1')).toThrow(/max-keys/);
    expect(() => parseMaxKeys('ten')).toThrow(/max-keys/);
  });
});

describe('Range', () => {
  it('reads single byte ranges and clips them to the object', () => {
    expect(parseRange('bytes=0-4', 10)).toEqual({ start: 0, end: 4 });
    expect(parseRange('bytes=5-', 10)).toEqual({ start: 5, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=8-100', 10)).toEqual({ start: 8, end: 9 });
    expect(parseRange('bytes=10-12', 10)).toBe('unsatisfiable');
    // open-ended from the end or past it: nothing to serve (416), not the whole object
    expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=11-', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,3-4', 10)).toBeUndefined();
    expect(parseRange('bytes=4-2', 10)).toBeUndefined();
    expect(parseRange(undefined, 10)).toBeUndefined();
  });
});
