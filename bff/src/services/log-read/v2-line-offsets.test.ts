import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newlinesIn } from './v2-line-count.js';
import { learning, LineOffsetCache, LineOffsets } from './v2-line-offsets.js';

/** The log's bytes in chunks of the given sizes (the rest in one). */
function chunked(log: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= log.length) break;
    out.push(log.subarray(at, at + size));
    at += size;
  }
  if (at < log.length) out.push(log.subarray(at));
  return out;
}

describe('LineOffsets (known line starts of a v2 log)', () => {
  it('knows only line 1 before it has read anything, and never a line past its scan', () => {
    const offsets = new LineOffsets(2);
    expect(offsets.nearest(1)).toEqual({ line: 1, byte: 0 });
    expect(offsets.nearest(99)).toEqual({ line: 1, byte: 0 });
    offsets.learn(0, Buffer.from('a\nbb\nc'));
    // lines start at 0, 2, 5: the 3rd line (the 2nd kept, every 2) at byte 5
    expect(offsets.nearest(2)).toEqual({ line: 1, byte: 0 });
    expect(offsets.nearest(3)).toEqual({ line: 3, byte: 5 });
    expect(offsets.nearest(1_000)).toEqual({ line: 3, byte: 5 });
    expect(offsets.scanned).toBe(6);
    // a part read out of order teaches nothing; one that overlaps the scan, its new bytes only
    offsets.learn(20, Buffer.from('\n\n\n'));
    expect(offsets.scanned).toBe(6);
    offsets.learn(4, Buffer.from('\nc\nd\n'));
    expect(offsets.scanned).toBe(9);
    expect(offsets.nearest(5)).toEqual({ line: 5, byte: 9 });
  });

  it('every start it gives begins the line it names, however the log is read (fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^[a-z損\r]{0,12}$/), { maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 300 }),
        async (lines, sizes, every, rereadFrom) => {
          const log = Buffer.from(lines.map((l) => `${l}\n`).join(''));
          const offsets = new LineOffsets(every);
          // a first read stops somewhere, a second one goes on from an earlier byte (overlap)
          const firstPart = log.subarray(0, Math.min(log.length, rereadFrom + 10));
          for await (const _ of learning(chunked(firstPart, sizes), 0, offsets)) void _;
          const again = Math.min(rereadFrom, firstPart.length);
          for await (const _ of learning(chunked(log.subarray(again), sizes), again, offsets))
            void _;
          expect(offsets.scanned).toBe(log.length);
          for (let line = 1; line <= lines.length + 1; line += 1) {
            const { line: known, byte } = offsets.nearest(line);
            expect(known).toBeLessThanOrEqual(line);
            expect(newlinesIn(log.subarray(0, byte))).toBe(known - 1);
            expect(byte === 0 || log[byte - 1] === 10).toBe(true);
            // nothing closer is left unknown: the next kept start is past `line` or not yet there
            expect(line - known).toBeLessThan(every);
          }
        },
      ),
      { seed: 71207, numRuns: 300 },
    );
  });

  it('keeps the offsets per log', () => {
    const cache = new LineOffsetCache();
    const a = cache.of({ projectId: 'p', jobId: 'j', taskId: 'worker-0' });
    expect(cache.of({ projectId: 'p', jobId: 'j', taskId: 'worker-0' })).toBe(a);
    expect(cache.of({ projectId: 'p', jobId: 'j', taskId: 'worker-1' })).not.toBe(a);
    expect(cache.of({ projectId: 'q', jobId: 'j', taskId: 'worker-0' })).not.toBe(a);
  });
});
