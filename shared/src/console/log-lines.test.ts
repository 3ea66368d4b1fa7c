import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkipLine, skippedBytesLine, skippedLinesLine, skippedLinesOf } from './log-lines.js';

describe('skipped-bytes lines of a v2 stream', () => {
  it('say the lines they stand for, and only when counted (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.option(fc.nat(), { nil: undefined }),
        fc.string(),
        (bytes, lines, reason) => {
          const line = skippedBytesLine(bytes, reason, lines);
          expect(isSkipLine(line)).toBe(true);
          expect(skippedLinesOf(line)).toBe(lines);
        },
      ),
      { seed: 1207, numRuns: 300 },
    );
  });

  it('are not mistaken for log lines that look alike', () => {
    for (const line of [
      '[console] 12 bytes skipped (x lines): no',
      '[console] bytes skipped (3 lines): no',
      ' [console] 12 bytes skipped (3 lines): no',
      '[console]12 bytes skipped (3 lines): no',
      '[console] 12 bytes skipped (3 lines) no colon',
      'x[console] 12 bytes skipped: no',
      '[console] x lines skipped: no',
      '[console] 12 lines skipped no colon',
      '[console] 12 lines skipped (3 lines): no',
      '[console]  12 lines skipped: no',
    ]) {
      expect(skippedLinesOf(line), line).toBeUndefined();
    }
    expect(isSkipLine('[console] 12 bytes skipped (x lines): no')).toBe(false);
    expect(skippedLinesOf('[console] 12 bytes skipped (3 lines): yes')).toBe(3);
  });
});

describe('skipped-lines lines of a v1 stream', () => {
  it('say the lines they stand for (fixed seed)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (lines, reason) => {
        const line = skippedLinesLine(lines, reason);
        expect(isSkipLine(line)).toBe(true);
        expect(skippedLinesOf(line)).toBe(lines);
      }),
      { seed: 1207, numRuns: 300 },
    );
  });
});
