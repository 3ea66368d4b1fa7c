import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aomBody, cursorBase, isIssuedCursor, selectLines, type AomRequest } from './aom-log.js';

/**
 * The reads the console's v1 line index makes (bff services/log-read/aom-line-index.ts), against
 * the emulator's aom-log rules: with cursors taken only from responses, the walk from the latest
 * page back to the first takes one read per 500 lines, and each page is then read again exactly
 * with `order=desc` from the end of the page before it (`asc` from the page after, for the first).
 */
const base = cursorBase(1_700_000_000_000);

function aom(total: number) {
  return (q: AomRequest) => {
    if (q.base_line !== undefined && !isIssuedCursor(q.base_line, base, total))
      throw new Error('refused: base_line not issued');
    const { range } = selectLines(total, q, base);
    const lines = range
      ? Array.from({ length: range.to - range.from + 1 }, (_, i) => `l${range.from + i}`)
      : [];
    return aomBody(lines, range?.from ?? 0, base, q.base_line);
  };
}

describe('aom-log: the walk of the console line index', () => {
  it('reaches line 1 in ⌈N/500⌉ reads and reads any page again exactly (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (total) => {
        const read = aom(total);
        const pages: { start: string; end: string; count: number; first: string }[] = [];
        let page = read({ lines: 500 });
        let reads = 1;
        while (page.lines > 0) {
          pages.unshift({
            start: page.start_line,
            end: page.end_line,
            count: page.lines,
            first: page.content.split('\n')[0] ?? '',
          });
          page = read({ base_line: page.start_line, lines: 500, order: 'asc' });
          reads += 1;
        }
        expect(reads).toBe(Math.ceil(total / 500) + 1);
        expect(pages[0]?.first).toBe('l1');
        expect(pages.reduce((n, p) => n + p.count, 0)).toBe(total);
        pages.forEach((p, k) => {
          const again =
            k > 0
              ? read({ base_line: pages[k - 1]!.end, lines: p.count, order: 'desc' })
              : pages.length > 1
                ? read({ base_line: pages[1]!.start, lines: p.count, order: 'asc' })
                : read({ lines: p.count });
          expect([again.start_line, again.end_line]).toEqual([p.start, p.end]);
        });
      }),
      { seed: 20261206, numRuns: 40 },
    );
  });

  it('refuses a cursor it did not issue (line 0, past the end, made up)', () => {
    expect(isIssuedCursor(String(base), base, 10)).toBe(false);
    expect(isIssuedCursor(String(base + 11n), base, 10)).toBe(false);
    expect(isIssuedCursor('12', base, 10)).toBe(false);
    expect(isIssuedCursor(String(base + 10n), base, 10)).toBe(true);
  });
});
