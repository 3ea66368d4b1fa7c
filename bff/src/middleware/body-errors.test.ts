import { describe, expect, it } from 'vitest';
import { bodyErrorToConsole, formatBytes } from './body-errors.js';

describe('bodyErrorToConsole', () => {
  it('maps body-parser errors to 413 / 415 / 400 and leaves other errors alone', () => {
    const tooLarge = Object.assign(new Error('x'), {
      status: 413,
      type: 'entity.too.large',
      limit: 1048576,
    });
    expect(bodyErrorToConsole(tooLarge)).toMatchObject({ status: 413, code: 'Console.0413' });
    expect(bodyErrorToConsole(tooLarge)?.message).toContain('1 MB');
    const charset = Object.assign(new Error('unsupported charset "LATIN1"'), {
      status: 415,
      type: 'charset.unsupported',
    });
    expect(bodyErrorToConsole(charset)).toMatchObject({ status: 415, code: 'Console.0415' });
    expect(bodyErrorToConsole(new Error('boom'))).toBeUndefined();
    expect(
      bodyErrorToConsole(
        Object.assign(new Error('x'), { status: 500, type: 'stream.encoding.set' }),
      ),
    ).toBeUndefined();
  });

  it('answers a stack overflow from deep input with 400, not 500', () => {
    expect(bodyErrorToConsole(new RangeError('Maximum call stack size exceeded'))).toMatchObject({
      status: 400,
      code: 'Console.0400',
    });
    expect(bodyErrorToConsole(new RangeError('Invalid array length'))).toBeUndefined();
  });

  it('formats limits', () => {
    expect([formatBytes(16384), formatBytes(1048576), formatBytes(1000)]).toEqual([
      '16 KB',
      '1 MB',
      '1000 bytes',
    ]);
  });
});

describe('bodyErrorToConsole: every body-parser error type', () => {
  const parserError = (type: string, status: number, extra: object = {}) =>
    Object.assign(new Error(`raw ${type}`), { type, status, ...extra });

  it('answers each with its own status, code and message', () => {
    const cases: [Error, number, string][] = [
      [
        parserError('entity.too.large', 413),
        413,
        'The request body is larger than the limit of 0 bytes',
      ],
      [parserError('entity.too.deep', 400), 400, 'raw entity.too.deep'],
      [parserError('entity.parse.failed', 400), 400, 'The request body is not valid JSON'],
      [
        parserError('charset.unsupported', 415),
        415,
        'The request body was refused: raw charset.unsupported',
      ],
      [
        parserError('encoding.unsupported', 415),
        415,
        'The request body was refused: raw encoding.unsupported',
      ],
      [parserError('request.aborted', 400), 400, 'The request body was rejected (request.aborted)'],
      [
        parserError('request.size.invalid', 499),
        400,
        'The request body was rejected (request.size.invalid)',
      ],
    ];
    for (const [err, status, message] of cases) {
      const mapped = bodyErrorToConsole(err);
      expect(mapped?.status, message).toBe(status);
      expect(mapped?.message).toBe(message);
    }
  });

  it('maps 4xx only: 399 and 500 are not a client body error', () => {
    expect(bodyErrorToConsole(parserError('entity.parse.failed', 399))).toBeUndefined();
    expect(bodyErrorToConsole(parserError('entity.parse.failed', 500))).toBeUndefined();
    expect(bodyErrorToConsole(parserError('entity.parse.failed', 400))?.status).toBe(400);
  });

  it('leaves alone what only looks like one: no object, no string type, no numeric status', () => {
    for (const err of [
      null,
      undefined,
      'entity.too.large',
      413,
      { type: 'entity.too.large' },
      { status: 413 },
      { type: 1, status: 413 },
      { type: 'entity.too.large', status: '413' },
    ]) {
      expect(bodyErrorToConsole(err), JSON.stringify(err)).toBeUndefined();
    }
  });

  it('takes only a RangeError about the call stack, whatever its case, for deep input', () => {
    expect(bodyErrorToConsole(new RangeError('CALL STACK exceeded'))?.status).toBe(400);
    expect(bodyErrorToConsole(new RangeError('Maximum call stack size exceeded'))?.message).toBe(
      'The request is nested too deeply',
    );
    expect(bodyErrorToConsole(new Error('Maximum call stack size exceeded'))).toBeUndefined();
  });

  it('formats limits at the unit boundaries', () => {
    expect(
      [0, 1023, 1024, 1025, 1536 * 1024, 1024 * 1024, 3 * 1024 * 1024].map(formatBytes),
    ).toEqual(['0 bytes', '1023 bytes', '1 KB', '1025 bytes', '1536 KB', '1 MB', '3 MB']);
  });
});
