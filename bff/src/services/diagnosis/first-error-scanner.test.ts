import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstErrorScanner, MAX_LINE_CHARS, TAIL_LINES } from './first-error-scanner.js';
import { scanLog } from './scan-log.js';

const FAILING_SAMPLE = [
  'preparing step 1/3',
  'preparing step 2/3',
  'preparing step 3/3',
  'Traceback (most recent call last):',
  '  File "/code/train_fail.py", line 23, in <module>',
  '    main()',
  '  File "/code/train_fail.py", line 19, in main',
  '    load_dataset(args.data_url)',
  '  File "/code/train_fail.py", line 7, in load_dataset',
  '    raise RuntimeError("dataset at %s is corrupted" % path)',
  'RuntimeError: dataset at /data is corrupted: expected 65 columns, found 3',
  '[ModelArts Service Log]Training failed with exit code 1',
];

function scan(lines: readonly string[]): FirstErrorScanner {
  const s = new FirstErrorScanner();
  for (const l of lines) if (s.push(l)) break;
  return s;
}

async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('FirstErrorScanner', () => {
  it('resolves a Python traceback to its exception line, with the frames as context', () => {
    const r = scan(FAILING_SAMPLE).result();
    expect(r).toMatchObject({ kind: 'traceback', line: 11, label: 'Python exception' });
    expect(r?.text).toMatch(/^RuntimeError: dataset at/);
    expect(r?.context[0]).toEqual({ line: 4, text: 'Traceback (most recent call last):' });
    expect(r?.context.map((c) => c.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps three lines before and after any other error line', () => {
    const lines = ['a', 'b', 'c', 'd', 'ERROR disk full', 'e', 'f', 'g', 'h'];
    const s = scan(lines);
    expect(s.done).toBe(true);
    expect(s.lines).toBe(8);
    expect(s.result()?.context.map((c) => c.text)).toEqual([
      'b',
      'c',
      'd',
      'ERROR disk full',
      'e',
      'f',
      'g',
    ]);
  });

  it('reports the first error, not a later one; nothing for a clean log, with its tail', () => {
    expect(scan(['Killed', 'ValueError: x']).result()?.kind).toBe('killed');
    const clean = scan(Array.from({ length: 20 }, (_, i) => `step ${i + 1}`));
    expect(clean.result()).toBeNull();
    expect(clean.tail().map((t) => t.line)).toEqual([13, 14, 15, 16, 17, 18, 19, 20]);
  });

  it('reports a traceback cut short (or endless) at its header', () => {
    expect(scan(['Traceback (most recent call last):', '  File "x"']).result()?.line).toBe(1);
    const endless = ['Traceback (most recent call last):', ...Array(500).fill('  frame')];
    const s = scan(endless);
    expect(s.done).toBe(true);
    expect(s.result()).toMatchObject({ kind: 'traceback', line: 1 });
  });

  it('never throws and its answer stays bounded, whatever the lines (fixed seed)', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 3000, unit: 'binary' }),
      fc.constantFrom('Traceback (most recent call last):', '  File "a"', 'ERROR', 'X: y', ''),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 400 }), (lines) => {
        const s = scan(lines);
        const r = s.result();
        expect(s.tail().length).toBeLessThanOrEqual(TAIL_LINES);
        if (r) {
          expect(r.context.length).toBeLessThanOrEqual(12);
          expect(r.context.some((c) => c.line === r.line)).toBe(true);
          for (const c of r.context) expect(c.text.length).toBeLessThanOrEqual(MAX_LINE_CHARS + 1);
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('scanLog', () => {
  it('finds the error in bytes cut anywhere, multi-byte characters included, and stops early', async () => {
    const text = ['損失 é 🙂', ...FAILING_SAMPLE, ...Array(1000).fill('after')].join('\n');
    for (const size of [1, 3, 7, 64]) {
      const r = await scanLog(chunked(text, size), 1 << 20);
      expect(r.error?.line).toBe(12);
      expect(r.complete).toBe(false);
      expect(r.bytesRead).toBeLessThan(Buffer.byteLength(text));
    }
  });

  it('stops at the byte cap and says so', async () => {
    const text = Array(10_000).fill('step').join('\n');
    const r = await scanLog(chunked(text, 100), 1000);
    expect(r).toMatchObject({ error: null, truncated: true, complete: false, bytesRead: 1000 });
  });

  it('reads a clean log to its end (the last line without a newline too)', async () => {
    const r = await scanLog(['a\nb\n', 'c'], 1000);
    expect(r).toMatchObject({ error: null, truncated: false, complete: true });
    expect(r.tail.map((t) => t.text)).toEqual(['a', 'b', 'c']);
  });
});
