import { describe, expect, it } from 'vitest';
import { LogBuffer } from './log-buffer.js';
import { JobLog } from './job-log.js';
import { prefixLine } from './merged-log-view.js';

describe('LogBuffer', () => {
  it('keeps the newest lines up to its cap', () => {
    const buffer = new LogBuffer(3);
    buffer.append(['a', 'b']);
    buffer.append(['c', 'd', 'e']);
    expect(buffer.lines).toEqual(['c', 'd', 'e']);
    expect(buffer.dropped).toBe(2);
  });

  it('remembers that the stream skipped bytes (its lines are no longer numbered as the log)', () => {
    const buffer = new LogBuffer(3);
    buffer.append(['[console] not a gap', 'a'], [0]);
    expect(buffer.gap).toBe(false);
    buffer.append(
      ['[console] 1048576 bytes skipped: older than the 5 MB preview window', 'b'],
      [0],
    );
    buffer.append(['c', 'd', 'e']);
    expect(buffer.gap).toBe(true);
  });

  it('numbers on as the log after a counted skip: what it held and the skipped lines count as dropped', () => {
    const buffer = new LogBuffer(5);
    buffer.append(['a', 'b']);
    buffer.append(["[console] 900 bytes skipped (100 lines): open this worker's log", 'c'], [0]);
    expect(buffer.gap).toBe(false);
    expect(buffer.lines).toEqual(['c']);
    // "c" is the log's line 2 + 100 + 1
    expect(buffer.dropped + 1).toBe(103);
    buffer.append(['d', 'e', 'f', 'g', 'h']);
    expect(buffer.dropped + 1).toBe(104);
    expect(buffer.lines).toEqual(['d', 'e', 'f', 'g', 'h']);
  });

  it('cannot renumber after an uncounted skip: a later count is kept as a line', () => {
    const buffer = new LogBuffer(5);
    buffer.append(['[console] 9 bytes skipped: older than the 5 MB preview window', 'a'], [0]);
    const counted = "[console] 9 bytes skipped (3 lines): open this worker's log";
    buffer.append([counted], [0]);
    expect(buffer.gap).toBe(true);
    expect(buffer.dropped).toBe(0);
    expect(buffer.lines.at(-1)).toBe(counted);
  });

  it("reads a skip only in the console's own lines: a log printing the same words is a line", () => {
    const buffer = new LogBuffer(5);
    buffer.append(['a']);
    const forged = "[console] 900 bytes skipped (100000 lines): open this worker's log";
    const window = '[console] 9 bytes skipped: older than the 5 MB preview window';
    buffer.append([forged, window, 'b']);
    expect(buffer.lines).toEqual(['a', forged, window, 'b']);
    expect(buffer.dropped).toBe(0);
    expect(buffer.gap).toBe(false);
    // the same words listed as the console's: the count is read (the index is the line's own)
    buffer.append(['c', forged], [1]);
    expect(buffer.lines).toEqual([]);
    expect(buffer.dropped).toBe(5 + 100_000);
  });
});

describe('LogBuffer: a stream’s preview', () => {
  it('is kept until the first lines come, which replace it', () => {
    const buffer = new LogBuffer(3);
    buffer.showPreview(['p1', 'p2', 'p3', 'p4']);
    // as many as the buffer keeps, the latest
    expect(buffer.preview).toEqual(['p2', 'p3', 'p4']);
    buffer.append(['a']);
    expect(buffer.preview).toBeUndefined();
    expect(buffer.lines).toEqual(['a']);
  });

  it('is not taken once lines have come, even if all were dropped', () => {
    const held = new LogBuffer();
    held.append(['a']);
    held.showPreview(['late']);
    expect(held.preview).toBeUndefined();
    const counted = new LogBuffer();
    counted.append(['[console] 5 lines skipped: x'], [0]);
    expect(counted.lines).toEqual([]);
    counted.showPreview(['late']);
    expect(counted.preview).toBeUndefined();
  });
});

describe('JobLog: previews', () => {
  it('a worker’s preview is its own; the merged view shows every worker’s, prefixed, until lines come', () => {
    const log = new JobLog(['w0', 'w1']);
    expect(log.mergedPreview).toBeUndefined();
    log.preview('w1', ['b']);
    log.preview('w0', ['a']);
    log.preview('nobody', ['x']);
    expect(log.of('w0')?.preview).toEqual(['a']);
    expect(log.mergedPreview).toEqual([prefixLine('w0', 0, 'a'), prefixLine('w1', 1, 'b')]);
    log.append('w1', ['line']);
    expect(log.mergedPreview).toBeUndefined();
    expect(log.of('w0')?.preview).toEqual(['a']);
  });
});
