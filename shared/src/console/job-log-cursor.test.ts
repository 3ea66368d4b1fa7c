import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJobCursor, encodeJobCursor } from './job-log-cursor.js';
import { MAX_JOB_LOG_WORKERS, workersSchema } from './job-log-stream.js';

const RUNS = { seed: 20261206, numRuns: 500 };
const V1 = /^\d{1,20}$/;

/** A job cursor: some workers of `n`, each with a digits cursor. */
const jobCursor = fc.integer({ min: 1, max: MAX_JOB_LOG_WORKERS }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc
      .uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n })
      .chain((indexes) =>
        fc.tuple(
          fc.constant(indexes),
          fc.array(fc.stringMatching(/^\d{1,20}$/), {
            minLength: indexes.length,
            maxLength: indexes.length,
          }),
        ),
      )
      .map(([indexes, values]) => new Map(indexes.map((i, k) => [i, values[k] ?? '0']))),
  ),
);

describe('job log cursor', () => {
  it('decodes what it encodes, for any workers and cursors', () => {
    fc.assert(
      fc.property(jobCursor, ([n, cursors]) => {
        const decoded = decodeJobCursor(encodeJobCursor(cursors), n, V1);
        expect(decoded).toEqual({ ok: true, cursors });
      }),
      RUNS,
    );
  });

  it('encodes what it decodes (one spelling per value)', () => {
    fc.assert(
      fc.property(jobCursor, ([n, cursors]) => {
        const id = encodeJobCursor(cursors);
        const decoded = decodeJobCursor(id, n, V1);
        if (!decoded.ok) throw new Error(decoded.message);
        expect(encodeJobCursor(decoded.cursors)).toBe(id);
      }),
      RUNS,
    );
  });

  it('never throws on garbage, and says why it refuses', () => {
    const garbage = fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.string({ unit: fc.constantFrom('0', '1', '9', ':', ',', '-', ' ', 'a'), maxLength: 60 }),
    );
    fc.assert(
      fc.property(garbage, fc.integer({ min: 1, max: MAX_JOB_LOG_WORKERS }), (raw, n) => {
        const decoded = decodeJobCursor(raw, n, V1);
        if (!decoded.ok) expect(decoded.message).toMatch(/^must be an id of this stream \(/);
        else for (const i of decoded.cursors.keys()) expect(i).toBeLessThan(n);
      }),
      RUNS,
    );
  });

  it('refuses what a hostile client might send', () => {
    for (const raw of [
      '0:1,0:2',
      '1:5,0:4',
      '01:5',
      '4:5',
      '0:',
      ':5',
      '0:5,',
      '0:-1',
      '0:1e9',
      '0:123456789012345678901',
      `0:${'9'.repeat(5000)}`,
      '0:1;1:2',
    ])
      expect(decodeJobCursor(raw, 4, V1).ok, raw).toBe(false);
    expect(decodeJobCursor('', 4, V1)).toEqual({ ok: true, cursors: new Map() });
  });
});

describe('workers list', () => {
  const schema = workersSchema(/^[A-Za-z0-9_-]{1,64}$/, 'task names');
  it('takes distinct names', () => {
    expect(schema.parse('worker-0,worker-1')).toEqual(['worker-0', 'worker-1']);
  });
  it('refuses empty, repeated, bad or too many names', () => {
    const many = Array.from({ length: MAX_JOB_LOG_WORKERS + 1 }, (_, i) => `w${i}`).join(',');
    for (const raw of ['', 'a,,b', 'a,a', 'a/b', '../x', many]) {
      const r = schema.safeParse(raw);
      expect(r.success, raw).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual([]);
    }
  });
});
