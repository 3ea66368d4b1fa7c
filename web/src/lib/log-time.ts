/**
 * The time a log line says it was written, where it says so at its start (after colour codes and
 * an opening bracket): ISO 8601 and Python logging's `2026-12-06 16:30:00,123`, with an optional
 * zone. Neither upstream gives times of its own (v1 aom-log: opaque line cursors; v2 preview:
 * bytes), so this is the only clock the merged view can order by. Without a zone the time is read
 * as UTC: only the order between lines matters, and one job's workers write in one zone.
 */
const LEADING_SGR = new RegExp(`^(?:${String.fromCharCode(27)}\\[[0-9;]*m)+`);
const STAMP =
  /^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s?(Z|[+-]\d{2}:?\d{2})?/;

/** Milliseconds since the epoch (with the fraction beyond them), or undefined. */
export function lineTime(line: string): number | undefined {
  const m = STAMP.exec(line.replace(LEADING_SGR, ''));
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(base)) return undefined;
  const fraction = frac ? Number(`0.${frac}`) * 1000 : 0;
  return base + fraction - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
