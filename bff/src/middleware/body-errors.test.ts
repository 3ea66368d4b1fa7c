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
