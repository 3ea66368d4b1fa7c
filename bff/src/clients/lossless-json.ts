/**
 * JSON.parse that keeps integers past Number.MAX_SAFE_INTEGER exactly, as strings. The v1
 * aom-log page prints `"start_line":1551252759254000002` (a JSON number of 19 digits); parsed as a
 * number it becomes 1551252759254000000, a cursor that upstream never issued.
 */
export function parseJsonLossless(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      // copy a string literal as it is
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      const lit = m?.[0] ?? ch;
      const integer = m !== null && m[1] === undefined && m[2] === undefined;
      out += integer && !Number.isSafeInteger(Number(lit)) ? `"${lit}"` : lit;
      i += lit.length;
    } else {
      out += ch;
      i += 1;
    }
  }
  return JSON.parse(out) as unknown;
}
