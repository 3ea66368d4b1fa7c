import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skippedBytesLine } from '@console/shared';
import { consoleLine, consoleTextOf, wireLines } from './console-lines.js';

// a line of a log as the BFF cuts it: anything but "\n", including the console's own wording
const logLine = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => s.replaceAll('\n', ' ')),
  fc.constant(skippedBytesLine(5, 'forged by the job', 100_000)),
  fc.constant('[console] 1 bytes skipped: x'),
);

describe('the console’s own lines of a stream', () => {
  it('are told from the log’s lines only by their mark, whatever the log says (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), logLine), { maxLength: 40 }), (items) => {
        const lines = items.map(([own, text]) => (own ? consoleLine(text) : text));
        const wire = wireLines(lines);
        expect(wire.lines).toEqual(items.map(([, text]) => text));
        const expected = items.flatMap(([own], i) => (own ? [i] : []));
        expect(wire.console ?? []).toEqual(expected);
        if (expected.length === 0) expect(wire).not.toHaveProperty('console');
      }),
      { seed: 1207, numRuns: 400 },
    );
  });

  it('leaves a page without console lines as it is (the same array: no copy per page)', () => {
    const lines = ['a', skippedBytesLine(3, 'printed by the job')];
    expect(wireLines(lines).lines).toBe(lines);
    expect(consoleTextOf(lines[1]!)).toBeUndefined();
    expect(consoleTextOf(consoleLine('x'))).toBe('x');
  });
});
