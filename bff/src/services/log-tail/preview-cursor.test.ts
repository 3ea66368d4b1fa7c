import { describe, expect, it } from 'vitest';
import { isSkipLine } from '@console/shared';
import { consoleTextOf } from './console-lines.js';
import { ByteLog } from '../../test-support/fake-v2-log-client.js';
import { cutPreview, linesBetween, newlinesInWindow, skippedLine } from './preview-cursor.js';

describe('cutPreview (byte cursor over the v2 log preview)', () => {
  it('hands out complete lines and holds back a partial last line', () => {
    const log = new ByteLog(1 << 20);
    log.write('one\ntwo\nthr');
    const a = cutPreview(0, log.preview(), false);
    expect(a).toEqual({ lines: ['one', 'two'], next: 8, skipped: 0 });
    log.write('ee\n');
    expect(cutPreview(a.next, log.preview(), false)).toEqual({
      lines: ['three'],
      next: 14,
      skipped: 0,
    });
    expect(cutPreview(14, log.preview(), false)).toEqual({ lines: [], next: 14, skipped: 0 });
  });

  it('joins a multi-byte character whose bytes arrive in two polls', () => {
    const log = new ByteLog(1 << 20);
    const son = Buffer.from('損'); // 3 bytes: e6 90 8d
    expect(son.length).toBe(3);
    log.write(Buffer.concat([Buffer.from('loss '), son.subarray(0, 2)]));
    const a = cutPreview(0, log.preview(), false);
    expect(a).toEqual({ lines: [], next: 0, skipped: 0 });
    log.write(Buffer.concat([son.subarray(2), Buffer.from(' 0.5\nnext 損失\n')]));
    const b = cutPreview(a.next, log.preview(), false);
    expect(b.lines).toEqual(['loss 損 0.5', 'next 損失']);
    expect(b.next).toBe(log.bytes.length);
  });

  it('drops the CR of CRLF line ends but counts its byte', () => {
    const log = new ByteLog(1 << 20);
    log.write('a\r\nb\r');
    const a = cutPreview(0, log.preview(), false);
    expect(a).toEqual({ lines: ['a'], next: 3, skipped: 0 });
    log.write('\nc\r\n');
    expect(cutPreview(a.next, log.preview(), false)).toEqual({
      lines: ['b', 'c'],
      next: 9,
      skipped: 0,
    });
  });

  it('keeps a line longer than one poll whole, however many polls it takes', () => {
    const log = new ByteLog(1 << 20);
    const long = 'x'.repeat(10_000) + '日本語'.repeat(1000);
    let cursor = 0;
    const got: string[] = [];
    for (let i = 0; i < long.length; i += 777) {
      log.write(long.slice(i, i + 777));
      const c = cutPreview(cursor, log.preview(), false);
      got.push(...c.lines);
      cursor = c.next;
    }
    expect(got).toEqual([]);
    log.write('\n');
    expect(cutPreview(cursor, log.preview(), false).lines).toEqual([long]);
  });

  it('sends the unfinished last line once the job is terminal', () => {
    const log = new ByteLog(1 << 20);
    log.write('done\nno newline 損');
    expect(cutPreview(0, log.preview(), true)).toEqual({
      lines: ['done', 'no newline 損'],
      next: log.bytes.length,
      skipped: 0,
    });
  });

  it('reports bytes that left the preview window and resumes at its first whole character', () => {
    const log = new ByteLog(64);
    log.write('first line\n');
    const a = cutPreview(0, log.preview(), false);
    expect(a.lines).toEqual(['first line']);
    // 100 bytes of 2-byte characters: the 64-byte window starts on a character boundary or not.
    log.write('é'.repeat(50) + '\n' + 'tail\n');
    const p = log.preview();
    const b = cutPreview(a.next, p, false);
    const windowStart = p.fullSize - p.currentSize;
    const skipped = windowStart - a.next;
    expect(b.lines[0]).toBe(skippedLine(skipped));
    // the browser knows it for what it is (it stops joining lines read by number to the stream's)
    expect(isSkipLine(consoleTextOf(b.lines[0] ?? '') ?? '')).toBe(true);
    expect(b.lines[0]).toContain('bytes skipped: older than the 5 MB preview window');
    expect(b.lines.slice(1)).toEqual(['é'.repeat((p.fullSize - windowStart - 6) / 2), 'tail']);
    expect(b.next).toBe(p.fullSize);
  });

  it('skips a window that starts in the middle of a character without a replacement character', () => {
    const log = new ByteLog(6);
    log.write('ab\n損損\n'); // 10 bytes; the 6-byte window starts on the 2nd byte of the first 損
    const b = cutPreview(0, log.preview(), false);
    expect(log.preview().content.startsWith('\uFFFD')).toBe(true);
    expect(b).toEqual({ lines: [skippedLine(6), '損'], next: 10, skipped: 6 });
  });

  it('aligns on the window start when the job flushed half a character at the end', () => {
    const log = new ByteLog(7);
    log.write(Buffer.concat([Buffer.from('ab\n損損\n'), Buffer.from('損').subarray(0, 2)]));
    const p = log.preview();
    expect(p.content).toBe('\uFFFD損\n\uFFFD');
    expect(cutPreview(0, p, false)).toEqual({
      lines: [skippedLine(6), '損'],
      next: 10,
      skipped: 6,
    });
    expect(cutPreview(10, p, false)).toEqual({ lines: [], next: 10, skipped: 0 });
    log.write(Buffer.from('損').subarray(2));
    log.write('\n');
    expect(cutPreview(10, log.preview(), false)).toEqual({ lines: ['損'], next: 14, skipped: 0 });
  });

  it('re-reads an evicted page exactly while it is inside the window', () => {
    const log = new ByteLog(1 << 20);
    log.write('a\nbb\n損\n');
    const first = cutPreview(0, log.preview(), false);
    expect(linesBetween(0, first.next, log.preview())).toEqual(first.lines);
    expect(linesBetween(2, 5, log.preview())).toEqual(['bb']);
    expect(linesBetween(0, 99, log.preview())).toBeUndefined();
  });
});

describe('newlinesInWindow (the lines of a skip the preview can count)', () => {
  // 10 lines of 5 bytes ("row0\n"…"row9\n"); the window holds the last 20 bytes (30–49)
  const log = new ByteLog(20);
  log.write(Array.from({ length: 10 }, (_, i) => `row${i}\n`).join(''));
  const p = log.preview();

  it('counts a stretch inside the window there, all of it', () => {
    expect(newlinesInWindow(p, 30, 45)).toEqual({ start: 30, newlines: 3 });
    expect(newlinesInWindow(p, 35, 36)).toEqual({ start: 35, newlines: 0 });
    expect(newlinesInWindow(p, 34, 35)).toEqual({ start: 34, newlines: 1 });
  });

  it('counts only the part in the window of a stretch that begins before it', () => {
    expect(newlinesInWindow(p, 0, 45)).toEqual({ start: 30, newlines: 3 });
    expect(newlinesInWindow(p, 12, 50)).toEqual({ start: 30, newlines: 4 });
  });

  it('counts nothing of a stretch that ended before the window (the file has it all)', () => {
    expect(newlinesInWindow(p, 0, 30)).toEqual({ start: 30, newlines: 0 });
    expect(newlinesInWindow(p, 0, 20)).toEqual({ start: 20, newlines: 0 });
    expect(newlinesInWindow(p, 5, 12)).toEqual({ start: 12, newlines: 0 });
  });
});
