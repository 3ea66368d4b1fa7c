import { describe, expect, it } from 'vitest';
import { aomBody, cursorBase, cursorOf, isIssuedCursor, selectLines } from './aom-log.js';

/** The aom-log cursor rules at their edges (the HTTP tests cover the usual pages). */
const base = cursorBase(1_700_000_000_000);
const at = (line: number) => cursorOf(base, line);

describe('isIssuedCursor', () => {
  it('takes the cursor of each line of the log, and no other', () => {
    expect([1, 5, 10].map((l) => isIssuedCursor(at(l), base, 10))).toEqual([true, true, true]);
    expect([0, 11].map((l) => isIssuedCursor(at(l), base, 10))).toEqual([false, false]);
  });

  it('refuses anything but 1 to 20 digits, even what BigInt would read as the cursor', () => {
    const hex = `0x${(base + 3n).toString(16)}`;
    for (const raw of ['', 'abc', ` ${at(3)}`, `${at(3)} `, hex, `0${at(3)}0`])
      expect(isIssuedCursor(raw, base, 10)).toBe(false);
  });
});

describe('selectLines', () => {
  it('returns nothing for an empty log or no lines asked', () => {
    expect(selectLines(0, { lines: 5 }, base)).toEqual({ range: null });
    expect(selectLines(10, { lines: 0 }, base)).toEqual({ range: null });
  });

  it('without a cursor (absent or empty): the last lines', () => {
    expect(selectLines(10, { lines: 3 }, base)).toEqual({ range: { from: 8, to: 10 } });
    expect(selectLines(10, { lines: 3, base_line: '' }, base)).toEqual({
      range: { from: 8, to: 10 },
    });
    expect(selectLines(2, { lines: 3 }, base)).toEqual({ range: { from: 1, to: 2 } });
  });

  it('desc from the line before the last: only the last line; from the last: nothing', () => {
    expect(selectLines(10, { lines: 3, base_line: at(9) }, base)).toEqual({
      range: { from: 10, to: 10 },
    });
    expect(selectLines(10, { lines: 3, base_line: at(10) }, base)).toEqual({ range: null });
  });

  it('desc from below the first line starts at line 1; asc from line 1 returns nothing', () => {
    const below = String(base - 5n);
    expect(selectLines(10, { lines: 3, base_line: below, order: 'desc' }, base)).toEqual({
      range: { from: 1, to: 3 },
    });
    expect(selectLines(10, { lines: 3, base_line: at(1), order: 'asc' }, base)).toEqual({
      range: null,
    });
    expect(selectLines(10, { lines: 3, base_line: at(99), order: 'asc' }, base)).toEqual({
      range: { from: 8, to: 10 },
    });
  });
});

describe('aomBody', () => {
  it('echoes the cursor asked for on an empty page, or empty strings without one', () => {
    const empty = { is_success: true, content: '', lines: 0 };
    expect(aomBody([], 1, base, at(4))).toEqual({ ...empty, start_line: at(4), end_line: at(4) });
    expect(aomBody([], 1, base, undefined)).toEqual({ ...empty, start_line: '', end_line: '' });
  });
});
