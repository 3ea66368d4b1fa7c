import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkipLine, skippedLinesOf } from '@console/shared';
import { consoleTextOf } from './console-lines.js';
import { ByteLog, FakeV2LogClient } from '../../test-support/fake-v2-log-client.js';
import { newlinesIn, type CountLogLines } from '../log-read/v2-line-count.js';
import { cutPreview, previewSkip, splitLines } from './preview-cursor.js';
import { PreviewLogSource } from './preview-log-source.js';

const TARGET = { projectId: 'p', jobId: 'j', taskId: 'worker-0' };

/** What the browser reads in one of the console's own lines (a line of the log says nothing). */
const skippedOf = (line: string | undefined) => {
  const text = consoleTextOf(line ?? '');
  return text === undefined ? undefined : skippedLinesOf(text);
};
const isSkipped = (line: string | undefined) => isSkipLine(consoleTextOf(line ?? '') ?? '');

/** Counts straight from the fake's bytes (the HTTP counter has its own tests). */
function counterOf(log: ByteLog, calls: { n: number } = { n: 0 }): CountLogLines {
  return async (_t, _token, from, to) => {
    calls.n += 1;
    return to <= log.bytes.length ? newlinesIn(log.bytes.subarray(from, to)) : undefined;
  };
}

describe('previewSkip (what a read leaves out)', () => {
  it('starts a first read of a long log at the first whole line of its last tail bytes', () => {
    const log = new ByteLog(1 << 20);
    log.write('aaaa\nbbbb\ncccc\ndddd\n'); // 20 bytes, lines start at 0, 5, 10, 15
    expect(previewSkip(0, log.preview(), 8)).toEqual({ from: 0, to: 15 }); // cut 12: inside "cccc"
    expect(previewSkip(0, log.preview(), 10)).toEqual({ from: 0, to: 10 }); // cut 10: a line start
    expect(previewSkip(0, log.preview(), 20)).toBeUndefined();
    expect(previewSkip(0, log.preview(), Infinity)).toBeUndefined();
    // a reader that already has lines resumes where it was, however long the log
    expect(previewSkip(5, log.preview(), 8)).toBeUndefined();
    expect(previewSkip(20, log.preview(), 8)).toBeUndefined();
  });

  it('skips what left the window, to the first line that starts inside it', () => {
    const log = new ByteLog(12);
    log.write('aaaa\nbbbb\ncccc\ndddd\n'); // window: bytes 8–19 ("bb\ncccc\ndddd\n")
    expect(previewSkip(5, log.preview(), Infinity)).toEqual({ from: 5, to: 10 });
    expect(previewSkip(0, log.preview(), Infinity)).toEqual({ from: 0, to: 10 });
    expect(previewSkip(0, log.preview(), 4)).toEqual({ from: 0, to: 20 });
  });

  it('keeps a cut inside a line when the window holds no line start after it', () => {
    const log = new ByteLog(1 << 20);
    log.write('a\n' + 'x'.repeat(30));
    expect(previewSkip(0, log.preview(), 10)).toEqual({ from: 0, to: 22 });
  });

  it('says how many lines it skipped, then the lines that follow', () => {
    const log = new ByteLog(1 << 20);
    log.write('aaaa\nbbbb\ncccc\ndddd\n');
    const skip = { from: 0, to: 15 };
    const cut = cutPreview(0, log.preview(), false, { skip, lines: 3 });
    expect(cut.lines).toHaveLength(2);
    expect(skippedOf(cut.lines[0])).toBe(3);
    expect(consoleTextOf(cut.lines[0] ?? '')).toMatch(
      /^\[console\] 15 bytes skipped \(3 lines\): /,
    );
    expect(cut.lines[1]).toBe('dddd');
    expect(cut).toMatchObject({ next: 20, skipped: 15 });
  });
});

describe('PreviewLogSource with a line count', () => {
  it('gives a new viewer the tail first, numbered as the log, and re-reads that page exactly', async () => {
    const client = new FakeV2LogClient(1 << 20);
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i + 1}`);
    client.log.write(lines.join('\n') + '\n');
    const calls = { n: 0 };
    const source = new PreviewLogSource(client, TARGET, counterOf(client.log, calls), 100);
    const { page } = await source.read('0', 'tok', false);
    if (!page) throw new Error('no page');
    // the whole log is in the preview window: its lines were counted there, no file was read
    expect(calls.n).toBe(0);
    const skipped = skippedOf(page.lines[0]);
    expect(skipped).toBeGreaterThan(980);
    // the next line is the log's line skipped + 1, and so on to the end
    expect(page.lines.slice(1)).toEqual(lines.slice(skipped));
    expect(page.count).toBeGreaterThan(0);
    expect(await source.reread({ from: '0', ...page }, 'tok')).toEqual(page.lines);
  });

  it('reads the log file only for the lines that left the window', async () => {
    const client = new FakeV2LogClient(100);
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`); // 391 bytes
    client.log.write(lines.join('\n') + '\n');
    const asked: [number, number][] = [];
    const count = counterOf(client.log);
    const source = new PreviewLogSource(
      client,
      TARGET,
      (t, token, from, to) => {
        asked.push([from, to]);
        return count(t, token, from, to);
      },
      40,
    );
    const { page } = await source.read('0', 'tok', false);
    // the window holds bytes 291–390: the file is asked for what came before it, no more
    expect(asked).toEqual([[0, 291]]);
    const skipped = skippedOf(page?.lines[0]) ?? -1;
    expect(page?.lines.slice(1)).toEqual(lines.slice(skipped));
    expect(skipped).toBe(45); // the tail starts at line 46 (byte 351)
  });

  it('counts nothing when the file cannot say how many lines left the window', async () => {
    const client = new FakeV2LogClient(100);
    client.log.write(Array.from({ length: 50 }, (_, i) => `line ${i + 1}\n`).join(''));
    const source = new PreviewLogSource(client, TARGET, async () => undefined, 40);
    const { page } = await source.read('0', 'tok', false);
    expect(isSkipped(page?.lines[0])).toBe(true);
    expect(skippedOf(page?.lines[0])).toBeUndefined();
  });

  it('falls back to the window, unnumbered, when the lines cannot be counted', async () => {
    const client = new FakeV2LogClient(14);
    client.log.write('aaaa\nbbbb\ncccc\ndddd\n'); // the window starts inside "bbbb"
    const source = new PreviewLogSource(client, TARGET, async () => undefined, 8);
    const { page } = await source.read('0', 'tok', false);
    expect(consoleTextOf(page?.lines[0] ?? '')).toMatch(/^\[console\] 6 bytes skipped: older than/);
    expect(isSkipped(page?.lines[0])).toBe(true);
    expect(skippedOf(page?.lines[0])).toBeUndefined();
    // no tail jump without a count: the whole window, its first line cut, as before
    expect(page?.lines.slice(1)).toEqual(['bbb', 'cccc', 'dddd']);
  });

  it('numbers every line as the log does, however the log is written and the window cut (fixed seed)', async () => {
    const line = fc.stringMatching(/^[a-z損é\r ]{0,40}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(line, { maxLength: 30 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 16, max: 400 }),
        fc.integer({ min: 1, max: 600 }),
        async (batches, window, tail) => {
          const client = new FakeV2LogClient(window);
          const source = new PreviewLogSource(client, TARGET, counterOf(client.log), tail);
          let head = '0';
          let number = 0;
          const pages: { from: string; to: string; count: number; lines: string[] }[] = [];
          for (const [i, batch] of batches.entries()) {
            client.log.write(batch.map((l) => `${l}\n`).join(''));
            const { page } = await source.read(head, 'tok', i === batches.length - 1);
            if (!page) continue;
            pages.push({ from: head, ...page });
            head = page.to;
            const all = splitLines(client.log.bytes);
            for (const l of page.lines) {
              const k = skippedOf(l);
              if (k !== undefined) number += k;
              else expect(l).toBe(all[(number += 1) - 1]);
            }
          }
          const last = pages.at(-1);
          if (last) expect(await source.reread(last, 'tok')).toEqual(last.lines);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
