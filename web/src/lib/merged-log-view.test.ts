import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobLog } from './job-log.js';
import { lineTime } from './log-time.js';
import { MergedLogView, prefixLine, workerColor } from './merged-log-view.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
const plain = (line: string) => line.replace(ANSI, '');
const at = (s: number, text: string) =>
  `2026-12-06T10:00:${String(s).padStart(2, '0')}.000Z ${text}`;

describe('JobLog', () => {
  it('keeps each worker apart and interleaves them in arrival order when lines carry no time', () => {
    const log = new JobLog(['worker-0', 'worker-1']);
    log.append('worker-0', ['a1', 'a2']);
    log.append('worker-1', ['b1']);
    log.append('worker-0', ['a3']);
    expect(log.merged.lines.map(plain)).toEqual([
      '[worker-0] a1',
      '[worker-0] a2',
      '[worker-1] b1',
      '[worker-0] a3',
    ]);
    expect(log.merged.order).toBe('arrival');
    expect(log.of('worker-0')?.lines).toEqual(['a1', 'a2', 'a3']);
    expect(log.of('worker-1')?.lines).toEqual(['b1']);
  });

  it('colours each worker differently and ignores workers it does not carry', () => {
    expect(workerColor(0)).not.toBe(workerColor(1));
    expect(prefixLine('worker-1', 1, 'x')).toBe(`\u001b[${workerColor(1)}m[worker-1]\u001b[0m x`);
    const log = new JobLog(['worker-0']);
    log.append('server-9', ['nope']);
    expect(log.merged.length).toBe(0);
  });

  it('keeps the newest lines up to its cap', () => {
    const log = new JobLog(['worker-0', 'worker-1'], 3);
    log.append('worker-0', ['1', '2']);
    log.append('worker-1', ['3', '4']);
    expect(log.merged.lines.map(plain)).toEqual(['[worker-0] 2', '[worker-1] 3', '[worker-1] 4']);
    expect(log.merged.dropped).toBe(1);
  });

  it("keeps a counted skip out of the merged view (still ordered by time) and in the worker's numbering", () => {
    const log = new JobLog(['worker-0', 'worker-1']);
    log.append('worker-0', ["[console] 500 bytes skipped (40 lines): open this worker's log"], [0]);
    log.append('worker-0', [at(2, 'a')]);
    log.append('worker-1', [at(1, 'b')]);
    expect(log.merged.lines.map(plain)).toEqual([
      `[worker-1] ${at(1, 'b')}`,
      `[worker-0] ${at(2, 'a')}`,
    ]);
    expect(log.merged.order).toBe('time');
    expect(log.of('worker-0')?.dropped).toBe(40);
  });

  it('keeps a line of the log that reads like a skip in both views, numbered as a line', () => {
    const log = new JobLog(['worker-0']);
    const forged = "[console] 500 bytes skipped (40 lines): open this worker's log";
    log.append('worker-0', ['a', forged, 'b']);
    expect(log.merged.lines.map(plain)).toEqual([
      '[worker-0] a',
      `[worker-0] ${forged}`,
      '[worker-0] b',
    ]);
    expect(log.of('worker-0')?.lines).toEqual(['a', forged, 'b']);
    expect(log.of('worker-0')?.dropped).toBe(0);
  });
});

describe('MergedLogView in time order', () => {
  it('orders by the lines’ times; a line without one stays under its worker’s last line', () => {
    const m = new MergedLogView();
    m.append('w1', 1, [at(2, 'b'), 'Traceback (most recent call last):']);
    m.append('w0', 0, [at(1, 'a'), at(3, 'c')]);
    expect(m.lines.map(plain)).toEqual([
      `[w0] ${at(1, 'a')}`,
      `[w1] ${at(2, 'b')}`,
      '[w1] Traceback (most recent call last):',
      `[w0] ${at(3, 'c')}`,
    ]);
    expect(m.order).toBe('time');
  });

  it('says "arrival" from the first line of a worker that shows no time', () => {
    const m = new MergedLogView();
    m.append('w0', 0, [at(5, 'a')]);
    m.append('w1', 1, ['no time here']);
    m.append('w0', 0, [at(1, 'late')]);
    expect(m.order).toBe('arrival');
    expect(m.lines.map(plain)).toEqual([
      `[w0] ${at(5, 'a')}`,
      '[w1] no time here',
      `[w0] ${at(1, 'late')}`,
    ]);
  });

  it('is a stable sort by time of any batches (property, fixed seed)', () => {
    const batch = fc.record({
      worker: fc.integer({ min: 0, max: 3 }),
      times: fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 30 }), (batches) => {
        const m = new MergedLogView();
        const arrived: { t: number; line: string }[] = [];
        let n = 0;
        for (const b of batches) {
          const lines = b.times.map((t) => at(t, `n${n++}`));
          m.append(`w${b.worker}`, b.worker, lines);
          for (const line of lines)
            arrived.push({ t: lineTime(line) ?? 0, line: `[w${b.worker}] ${line}` });
        }
        const expected = [...arrived].sort((x, y) => x.t - y.t).map((x) => x.line);
        expect(m.lines.map(plain)).toEqual(expected);
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});

describe('lineTime', () => {
  it('reads ISO 8601 and Python logging times, with zones and brackets', () => {
    expect(lineTime('2026-12-06T10:00:01.500Z x')).toBe(Date.UTC(2026, 11, 6, 10, 0, 1, 500));
    expect(lineTime('[2026-12-06 10:00:01,250] INFO')).toBe(Date.UTC(2026, 11, 6, 10, 0, 1, 250));
    expect(lineTime('2026-12-06T12:00:00+02:00 y')).toBe(Date.UTC(2026, 11, 6, 10));
    expect(lineTime('\u001b[32m2026-12-06 10:00:00\u001b[0m z')).toBe(Date.UTC(2026, 11, 6, 10));
    expect(lineTime('step 1 loss=0.5')).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const t = lineTime(s);
        expect(t === undefined || Number.isFinite(t)).toBe(true);
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });
});
