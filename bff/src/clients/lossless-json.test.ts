import { describe, expect, it } from 'vitest';
import { parseJsonLossless } from './lossless-json.js';

describe('parseJsonLossless', () => {
  it('keeps the 19-digit aom-log cursor of the documented sample exactly', () => {
    const page =
      '{"is_success": true,"start_line":1551252759254000002,"end_line": "1551252759254000003"}';
    expect(parseJsonLossless(page)).toEqual({
      is_success: true,
      start_line: '1551252759254000002',
      end_line: '1551252759254000003',
    });
  });
  it('leaves safe numbers, decimals, negatives and strings alone', () => {
    const text = '{"a":[1,-2,0.5,1e3,-9007199254740993],"s":"x\\"9007199254740993\\"","n":null}';
    expect(parseJsonLossless(text)).toEqual({
      a: [1, -2, 0.5, 1000, '-9007199254740993'],
      s: 'x"9007199254740993"',
      n: null,
    });
  });
  it('throws on invalid JSON like JSON.parse', () => {
    expect(() => parseJsonLossless('{"a": ,}')).toThrow(SyntaxError);
  });
});
