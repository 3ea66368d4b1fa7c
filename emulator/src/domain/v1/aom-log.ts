/**
 * Cursor semantics of `GET …/aom-log` (team contract): lines are numbered 1..N and
 * cursor(i) = versionCreateTimeMs × 10⁶ + i, as a 19-digit string.
 */
export interface AomSelection {
  /** 1-based inclusive range, or null when nothing is returned. */
  range: { from: number; to: number } | null;
}

export interface AomRequest {
  lines: number;
  base_line?: string | undefined;
  order?: 'asc' | 'desc' | undefined;
}

export const cursorBase = (createTimeMs: number): bigint => BigInt(createTimeMs) * 1_000_000n;
export const cursorOf = (base: bigint, line: number): string => String(base + BigInt(line));

/**
 * Whether `baseLine` is a cursor this log has issued (a line of it: the page documents base_line
 * only as a value "obtained from an API response"). Anything else — `0`, a made-up number, a cursor
 * past the end — is refused, so a client cannot come to depend on undocumented cursor values.
 */
export function isIssuedCursor(baseLine: string, base: bigint, total: number): boolean {
  if (!/^\d{1,20}$/.test(baseLine)) return false;
  const line = BigInt(baseLine) - base;
  return line >= 1n && line <= BigInt(total);
}

const clamp = (v: bigint, lo: bigint, hi: bigint) => (v < lo ? lo : v > hi ? hi : v);

/** Which of `total` lines a query returns. */
export function selectLines(total: number, q: AomRequest, base: bigint): AomSelection {
  if (q.lines <= 0 || total <= 0) return { range: null };
  const n = BigInt(total);
  if (q.base_line === undefined || q.base_line === '') {
    return { range: { from: Math.max(1, total - q.lines + 1), to: total } };
  }
  const x = BigInt(q.base_line);
  if (q.order === 'asc') {
    // the last `lines` lines with cursor < X
    const last = clamp(x - base - 1n, 0n, n);
    if (last < 1n) return { range: null };
    const to = Number(last);
    return { range: { from: Math.max(1, to - q.lines + 1), to } };
  }
  // desc or omitted: the first `lines` lines with cursor > X
  const first = clamp(x - base + 1n, 1n, n + 1n);
  if (first > n) return { range: null };
  const from = Number(first);
  return { range: { from, to: Math.min(total, from + q.lines - 1) } };
}

/** The response body for the selected lines. */
export function aomBody(
  lines: readonly string[],
  from: number,
  base: bigint,
  baseLine: string | undefined,
) {
  if (lines.length === 0) {
    const echo = baseLine ?? '';
    return { is_success: true, content: '', lines: 0, start_line: echo, end_line: echo };
  }
  return {
    is_success: true,
    content: lines.join('\n') + '\n',
    lines: lines.length,
    start_line: cursorOf(base, from),
    end_line: cursorOf(base, from + lines.length - 1),
  };
}
