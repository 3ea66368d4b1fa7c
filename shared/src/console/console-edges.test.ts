import { describe, expect, it } from 'vitest';
import { decodeJobCursor, MAX_JOB_CURSOR_LENGTH } from './job-log-cursor.js';
import { isSkipLine } from './log-lines.js';
import { obsKeyProblem, ObsPathSchema } from './obs.js';
import { PriceTableSchema } from './prices.js';

// Messages and edges of console readers that their own tests leave open.

describe('decodeJobCursor messages', () => {
  const V1 = /^\d{1,20}$/;
  const why = (raw: unknown, workers = 4) => {
    const r = decodeJobCursor(raw as string, workers, V1);
    return r.ok ? null : r.message;
  };

  it.each([
    [5, 'not text'],
    [null, 'not text'],
    ['0:1;1:2', 'index:cursor pairs separated by commas'],
    ['4:10', 'worker 4 is not one of the 4 workers'],
    ['1:10,1:11', 'workers in ascending order, each once'],
    ['2:10,1:11', 'workers in ascending order, each once'],
    ['1:' + '9'.repeat(21), 'worker 1 has no valid cursor'],
  ])('%j: %s', (raw, reason) => expect(why(raw)).toBe(`must be an id of this stream (${reason})`));

  it('is at most MAX_JOB_CURSOR_LENGTH characters long', () => {
    const pair = (i: number, len: number) => `${i}:${'1'.repeat(len)}`;
    // 10 pairs of `i:` + 18 digits plus commas, padded to exactly the limit with the last cursor
    const pairs = Array.from({ length: 10 }, (_, i) => pair(i, 18));
    const atLimit = [
      ...pairs.slice(0, 9),
      pair(9, 18 + MAX_JOB_CURSOR_LENGTH - pairs.join(',').length),
    ];
    expect(atLimit.join(',').length).toBe(MAX_JOB_CURSOR_LENGTH);
    const wide = /^\d+$/;
    expect(decodeJobCursor(atLimit.join(','), 10, wide).ok).toBe(true);
    expect(decodeJobCursor(`${atLimit.join(',')}1`, 10, wide)).toEqual({
      ok: false,
      message: 'must be an id of this stream (too long)',
    });
  });
});

describe('console OBS keys', () => {
  it.each([
    ['/bkt/./x', 'must not contain a "." segment'],
    ['obs://bkt/a/%2E/b', 'must not contain a "." segment'],
    ['/bkt/a.', null],
    ['/bkt/a./x', null],
    ['/bkt/.a/x', null],
    ['/bkt/%2Ea/x', 'must not contain percent-encoded characters (found %2E)'],
    ['/bkt//x', 'must not contain an empty segment ("//")'],
    ['obs://bkt//x', 'must not contain an empty segment ("//")'],
    // the bucket is the OBS path rule's (obsPathProblem): an empty one is not judged as a key
    ['//x', null],
    ['obs:///x', null],
  ])('%s: %s', (path, problem) => expect(obsKeyProblem(path)).toBe(problem));

  it('refuses an empty bucket for the bucket, not as an empty segment of the key', () => {
    const issue = ObsPathSchema.safeParse('//x').error?.issues[0]?.message ?? '';
    expect(issue).not.toBe('');
    expect(issue).not.toMatch(/empty segment/);
  });
});

describe('skipped-bytes lines', () => {
  it('the notice must open the line, not only follow a [console] prefix', () => {
    expect(isSkipLine('[console] see: [console] 5 bytes skipped: x')).toBe(false);
  });
});

describe('price table keys', () => {
  it('accepts spec and flavor codes and names a bad key by its path', () => {
    const table = { currency: 'EUR', per_node_hour: { 'modelarts.vm.cpu.8u': 0.5, 'a_b-1': 0 } };
    expect(PriceTableSchema.parse(table)).toEqual({ ...table, sample: false });
    const r = PriceTableSchema.safeParse({ currency: 'EUR', per_node_hour: { 'x y': 1 } });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['per_node_hour', 'x y'], 'per_node_hour keys must be spec or flavor codes'],
    ]);
  });
});
