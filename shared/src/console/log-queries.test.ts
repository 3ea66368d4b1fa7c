import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  isSkipLine,
  LOG_LINES_MAX_COUNT,
  LogLinesPageSchema,
  logLinesPaths,
  LogLinesQuerySchema,
} from './log-lines.js';
import { LogSearchEndSchema, LogSearchMatchSchema, LogSearchQuerySchema } from './log-search.js';
import { LOG_STREAM_EVENTS, StatusEventSchema, V2EndEventSchema } from './log-stream.js';

/** The messages of the issues, or [] when the value is accepted. */
const problems = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('GET …/lines query', () => {
  const ok = { from: '1', count: '100' };

  it.each([
    ['1', '1'],
    ['9999999999', String(LOG_LINES_MAX_COUNT)],
  ])('accepts from=%s count=%s', (from, count) =>
    expect(LogLinesQuerySchema.parse({ from, count })).toEqual({ from, count }),
  );

  it.each(['0', '01', '-1', '1.5', ' 1', '1 ', '12345678901', 'x', ''])('refuses from=%j', (from) =>
    expect(problems(LogLinesQuerySchema, { ...ok, from })).toEqual([
      'from must be a line number (1 or more)',
    ]),
  );

  it.each(['0', '2001', '99999', '05', ''])('refuses count=%j', (count) =>
    expect(problems(LogLinesQuerySchema, { ...ok, count })).toEqual(['count must be 1–2000']),
  );

  it.each(['123456', 'x'])('refuses count=%j (by its form and its size)', (count) =>
    expect(problems(LogLinesQuerySchema, { ...ok, count })).toEqual([
      'count must be 1–2000',
      'count must be 1–2000',
    ]),
  );

  it('names each missing parameter', () => {
    expect(problems(LogLinesQuerySchema, {})).toEqual(['from is required', 'count is required']);
  });

  it('a page starts at a positive whole line number', () => {
    expect(LogLinesPageSchema.parse({ from: 3, lines: ['a'] })).toEqual({ from: 3, lines: ['a'] });
    for (const from of [0, 1.5, -1])
      expect(LogLinesPageSchema.safeParse({ from, lines: [] }).success).toBe(false);
  });

  it('encodes each part of the paths', () => {
    expect(logLinesPaths.v1(12, 'v/1')).toBe('/api/logs/v1/12/v%2F1/lines');
    expect(logLinesPaths.v2('j 1', 'worker-0')).toBe('/api/logs/v2/j%201/worker-0/lines');
  });

  it.each([
    ['[console] 1024 bytes skipped: left the preview window', true],
    ['[console] 5 bytes skipped: ', true],
    ['[console] many bytes skipped: x', false],
    ['[console] 5 bytes skipped:x', false],
    ['x [console] 5 bytes skipped: y', false],
    ['[console]5 bytes skipped: y', false],
    ['[console] reconnected', false],
  ])('skipped-bytes line %j: %s', (line, skipped) => expect(isSkipLine(line)).toBe(skipped));
});

describe('GET …/search', () => {
  it('q: required, at most 200 characters', () => {
    expect(problems(LogSearchQuerySchema, {})).toEqual(['q is required']);
    expect(problems(LogSearchQuerySchema, { q: '' })).toEqual(['q is required']);
    expect(problems(LogSearchQuerySchema, { q: 'e'.repeat(200) })).toEqual([]);
    expect(problems(LogSearchQuerySchema, { q: 'e'.repeat(201) })).toEqual([
      'q must be at most 200 characters',
    ]);
  });

  it('case is 0 or 1, before a line number; both optional', () => {
    const q = { q: 'Error' };
    expect(LogSearchQuerySchema.parse({ ...q, case: '1', before: '42' })).toEqual({
      ...q,
      case: '1',
      before: '42',
    });
    expect(problems(LogSearchQuerySchema, { ...q, case: '0' })).toEqual([]);
    for (const before of ['1', '123', '9999999999'])
      expect(problems(LogSearchQuerySchema, { ...q, before })).toEqual([]);
    expect(problems(LogSearchQuerySchema, { ...q, case: '2' })).toEqual(['case must be 0 or 1']);
    for (const before of ['0', '01', 'x', '12345678901', '1 '])
      expect(problems(LogSearchQuerySchema, { ...q, before })).toEqual([
        'before must be a line number (1 or more)',
      ]);
  });

  it('a match has a positive line; the end counts lines and matches', () => {
    expect(LogSearchMatchSchema.safeParse({ line: 0, text: '' }).success).toBe(false);
    expect(LogSearchMatchSchema.safeParse({ line: 1.5, text: '' }).success).toBe(false);
    const end = { done: true, lines_read: 0, matches: 0, truncated: false, more: false };
    expect(LogSearchEndSchema.parse(end)).toEqual(end);
    for (const patch of [
      { done: false },
      { lines_read: -1 },
      { lines_read: 0.5 },
      { matches: -1 },
      { matches: 1.5 },
      { truncated: 0 },
      { more: 'no' },
    ])
      expect(LogSearchEndSchema.safeParse({ ...end, ...patch }).success).toBe(false);
  });
});

describe('log stream events', () => {
  it('names the SSE events and types their data', () => {
    expect(LOG_STREAM_EVENTS).toEqual({
      log: 'log',
      status: 'status',
      end: 'end',
      error: 'error',
    });
    expect(StatusEventSchema.safeParse({ status: 8.5, name: 'x' }).success).toBe(false);
    expect(V2EndEventSchema.parse({ phase: 'Failed', secondary_phase: 'Failed' })).toEqual({
      phase: 'Failed',
      secondary_phase: 'Failed',
    });
  });
});
