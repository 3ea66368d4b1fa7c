import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  LastEventQuerySchema,
  LogFileQuerySchema,
  V1CursorSchema,
  V1ParamsSchema,
  V2CursorSchema,
  V2ParamsSchema,
} from './log-params.js';

/** The first issue's message, or `ok` when the value parses. */
function verdict(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  return r.success ? 'ok' : (r.error.issues[0]?.message ?? 'no message');
}

const digits = (n: number) => '9'.repeat(n);
const LETTERS = 'AZaz09_-';

describe('log route parameters', () => {
  it('v1: job and version ids are 1–19 digits, nothing before or after', () => {
    const number = 'job_id must be a number';
    const cases: [string, string][] = [
      ['0', 'ok'],
      ['1234567890', 'ok'],
      [digits(19), 'ok'],
      [digits(20), number],
      ['', number],
      ['x1', number],
      ['1x', number],
      ['1 2', number],
      ['-1', number],
    ];
    for (const [id, want] of cases) {
      expect(verdict(V1ParamsSchema, { jobId: id, versionId: '1' }), id).toBe(want);
    }
    expect(verdict(V1ParamsSchema, { jobId: '1', versionId: 'v' })).toBe(
      'version_id must be a number',
    );
    expect(V1ParamsSchema.parse({ jobId: '12', versionId: '34' })).toEqual({
      jobId: '12',
      versionId: '34',
    });
  });

  it('v2: job and task ids are 1–64 letters, digits, hyphens or underscores', () => {
    const bad = 'job_id must be 1–64 letters, digits, hyphens or underscores';
    const ok: string[] = ['a', 'A', 'z', 'Z', '0', '9', '_', '-', LETTERS, 'k'.repeat(64)];
    for (const id of ok) expect(verdict(V2ParamsSchema, { jobId: id, taskId: 't' }), id).toBe('ok');
    const refused = [
      '',
      'k'.repeat(65),
      '.',
      '..',
      'a.b',
      'a/b',
      ' a',
      'a ',
      'é',
      '@',
      '[',
      '`',
      '{',
      ':',
    ];
    for (const id of refused) {
      expect(verdict(V2ParamsSchema, { jobId: id, taskId: 't' }), id).toBe(bad);
    }
    expect(verdict(V2ParamsSchema, { jobId: 'j', taskId: 'worker/0' })).toBe(
      'task_id must be 1–64 letters, digits, hyphens or underscores',
    );
  });

  it('log_file: required, 1–128 letters, digits, dots, hyphens or underscores', () => {
    const bad = 'log_file must be 1–128 letters, digits, dots, hyphens or underscores';
    const ok = ['a', 'A', 'z', 'Z', '0', '9', '.', '_', '-', `${LETTERS}.log`, 'f'.repeat(128)];
    for (const f of ok) expect(verdict(LogFileQuerySchema, { log_file: f }), f).toBe('ok');
    const refused = [
      'f'.repeat(129),
      'a/b',
      '../x',
      ' a',
      'a ',
      'a\0',
      'é',
      '@',
      '[',
      '`',
      '{',
      ':',
    ];
    for (const f of refused) expect(verdict(LogFileQuerySchema, { log_file: f }), f).toBe(bad);
    expect(verdict(LogFileQuerySchema, {})).toBe('log_file is required');
    expect(verdict(LogFileQuerySchema, { log_file: '' })).toBe('log_file is required');
    expect(verdict(LogFileQuerySchema, { log_file: 'w0', last_event_id: '17' })).toBe('ok');
    expect(verdict(LogFileQuerySchema, { log_file: 'w0', last_event_id: 17 })).not.toBe('ok');
  });

  it('Last-Event-ID: optional, a string in the query', () => {
    expect(LastEventQuerySchema.parse({})).toEqual({});
    expect(LastEventQuerySchema.parse({ last_event_id: 'x' })).toEqual({ last_event_id: 'x' });
    expect(verdict(LastEventQuerySchema, { last_event_id: ['a', 'b'] })).not.toBe('ok');
  });

  it('cursors: v1 up to 20 digits, v2 a byte offset of up to 15, nothing else', () => {
    const v1 = 'Last-Event-ID must be a cursor from this stream';
    const v2 = 'Last-Event-ID must be a byte offset from this stream';
    expect(V1CursorSchema.parse(undefined)).toBeUndefined();
    expect(V2CursorSchema.parse(undefined)).toBeUndefined();
    const cases: [string, string, string][] = [
      ['0', 'ok', 'ok'],
      [digits(15), 'ok', 'ok'],
      [digits(16), 'ok', v2],
      [digits(20), 'ok', v2],
      [digits(21), v1, v2],
      ['', v1, v2],
      ['a1', v1, v2],
      ['1a', v1, v2],
      ['-1', v1, v2],
    ];
    for (const [cursor, want1, want2] of cases) {
      expect(verdict(V1CursorSchema, cursor), `v1 ${cursor}`).toBe(want1);
      expect(verdict(V2CursorSchema, cursor), `v2 ${cursor}`).toBe(want2);
    }
  });
});
