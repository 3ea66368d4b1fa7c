const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * Whether raw JSON bytes nest objects/arrays deeper than `max`, decided on the bytes alone (one pass,
 * no recursion, stops at the first level too deep), before anything parses or walks the value.
 * Brackets inside strings do not count. Invalid JSON is left for the parser to refuse.
 */
export function nestsDeeperThan(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const b of bytes) {
    if (inString) {
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      depth += 1;
      if (depth > max) return true;
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) depth -= 1;
  }
  return false;
}
