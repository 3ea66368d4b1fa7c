import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogSearchMatch } from '@console/shared';
import { logLines, MAX_READ_LINE_CHARS } from './log-lines.js';
import { searchLog } from './search-log.js';

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const b = Buffer.from(text);
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

async function all(it: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const LOG = Array.from({ length: 1000 }, (_, i) =>
  i % 100 === 6 ? `Loss is NaN at ${i + 1}` : `step ${i + 1} 損失`,
).join('\n');

describe('logLines', () => {
  it('gives back the lines of text cut anywhere (multi-byte characters too), the last without newline', async () => {
    const text = 'a 損\r\nb 🙂\n\nc';
    for (const size of [1, 2, 5, 100]) {
      expect(
        await all(logLines(bytes(text, size), 1 << 20, { bytesRead: 0, truncated: false })),
      ).toEqual(['a 損', 'b 🙂', '', 'c']);
    }
  });

  it('cuts an endless line and stops at the byte cap', async () => {
    const state = { bytesRead: 0, truncated: false };
    const lines = await all(
      logLines(bytes('x'.repeat(50_000) + '\nnext\n' + 'y'.repeat(100), 999), 50_010, state),
    );
    expect(lines[0]).toHaveLength(MAX_READ_LINE_CHARS);
    expect(lines[1]).toBe('next');
    expect(state).toEqual({ bytesRead: 50_010, truncated: true });
  });

  it('never holds more than a line of MAX_READ_LINE_CHARS, whatever the bytes (fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 20_000 }),
        fc.integer({ min: 1, max: 4096 }),
        async (data, size) => {
          const state = { bytesRead: 0, truncated: false };
          async function* src() {
            for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
          }
          for await (const line of logLines(src(), 10_000, state))
            expect(line.length).toBeLessThanOrEqual(MAX_READ_LINE_CHARS);
          expect(state.bytesRead).toBeLessThanOrEqual(10_000);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('searchLog', () => {
  it('finds plain text (case-insensitive unless asked) with the line numbers of the log', async () => {
    const found: LogSearchMatch[] = [];
    const end = await searchLog(
      bytes(LOG, 333),
      { text: 'loss is nan', caseSensitive: false },
      { maxMatches: 100, maxBytes: 1 << 20 },
      (m) => {
        found.push(m);
      },
    );
    expect(found.map((m) => m.line)).toEqual([7, 107, 207, 307, 407, 507, 607, 707, 807, 907]);
    expect(found[0]?.text).toBe('Loss is NaN at 7');
    expect(end).toEqual({
      done: true,
      lines_read: 1000,
      matches: 10,
      truncated: false,
      more: false,
    });
    const cased = await searchLog(
      bytes(LOG, 333),
      { text: 'loss is nan', caseSensitive: true },
      { maxMatches: 100, maxBytes: 1 << 20 },
      () => undefined,
    );
    expect(cased.matches).toBe(0);
  });

  it('stops before the line the browser holds, at the most matches, or at the byte cap', async () => {
    const limits = { maxMatches: 100, maxBytes: 1 << 20 };
    const before = await searchLog(
      bytes(LOG, 50),
      { text: 'NaN', caseSensitive: true, beforeLine: 300 },
      limits,
      () => undefined,
    );
    expect(before).toMatchObject({ lines_read: 299, matches: 3, more: false });
    const few = await searchLog(
      bytes(LOG, 50),
      { text: 'NaN', caseSensitive: true },
      { ...limits, maxMatches: 2 },
      () => undefined,
    );
    expect(few).toMatchObject({ matches: 2, more: true });
    const capped = await searchLog(
      bytes(LOG, 50),
      { text: 'NaN', caseSensitive: true },
      { ...limits, maxBytes: 1000 },
      () => undefined,
    );
    expect(capped).toMatchObject({ truncated: true, matches: 1 });
  });
});

/** A text in chunks of `n` whole lines (the last maybe without its newline). */
async function* linesOf(text: string, n: number): AsyncGenerator<string> {
  const lines = text.split(/(?<=\n)/);
  for (let i = 0; i < lines.length; i += n) yield lines.slice(i, i + n).join('');
}

/** The search as it was written first: one line at a time (the reference for the faster one). */
async function lineByLine(
  chunks: AsyncIterable<Uint8Array | string>,
  req: { text: string; caseSensitive: boolean; beforeLine?: number },
  limits: { maxMatches: number; maxBytes: number },
) {
  const state = { bytesRead: 0, truncated: false };
  const needle = req.caseSensitive ? req.text : req.text.toLowerCase();
  const found: LogSearchMatch[] = [];
  let line = 0;
  let more = false;
  for await (const text of logLines(chunks, limits.maxBytes, state)) {
    line += 1;
    if (req.beforeLine !== undefined && line >= req.beforeLine) {
      line -= 1;
      break;
    }
    if (!(req.caseSensitive ? text : text.toLowerCase()).includes(needle)) continue;
    if (found.length >= limits.maxMatches) {
      more = true;
      break;
    }
    found.push({ line, text });
  }
  const end = {
    done: true,
    lines_read: line,
    matches: found.length,
    truncated: state.truncated,
    more,
  };
  return { found, end };
}

describe('searchLog against a line-by-line search', () => {
  it('finds the same lines and ends the same for hostile text, chunking and bounds (fixed seed)', async () => {
    const piece = fc.constantFrom(
      'ΑΣ',
      'σ',
      'ς',
      'İ',
      'i̇',
      'ß',
      'SS',
      'x',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '🙂',
      'Loss',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 400 }).map((p) => p.join('')),
        fc.tuple(
          fc.nat(),
          fc.integer({ min: 1, max: 6 }),
          fc.constantFrom('as is', 'upper', 'other'),
        ),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.boolean(),
        async (
          log,
          [at, length, how],
          caseSensitive,
          beforeLine,
          size,
          maxMatches,
          maxBytes,
          atLines,
        ) => {
          // mostly a piece of the log (in another case at times), so that there is something to find
          const from = log.length === 0 ? 0 : at % log.length;
          const cut = log.slice(from, from + length);
          const text =
            how === 'other' || cut === '' ? 'Loss' : how === 'upper' ? cut.toUpperCase() : cut;
          // bytes cut anywhere, or texts of whole lines (as the v1 pages come)
          const source = () => (atLines ? linesOf(log, size) : bytes(log, size));
          const req = { text, caseSensitive, ...(beforeLine ? { beforeLine } : {}) };
          const limits = { maxMatches, maxBytes };
          const found: LogSearchMatch[] = [];
          const end = await searchLog(source(), req, limits, (m) => {
            found.push(m);
          });
          expect({ found, end }).toEqual(await lineByLine(source(), req, limits));
        },
      ),
      { seed: 1107, numRuns: 300 },
    );
  });
});
