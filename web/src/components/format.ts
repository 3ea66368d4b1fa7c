import dayjs from 'dayjs';
import { dateTimeIn, drawZone } from '../lib/draw-zone.js';
import { t } from '../lib/i18n/i18n.js';

/** `2026-11-23 13:16:39` from epoch milliseconds; an em dash when unknown. */
export function formatTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || ms <= 0) return '—';
  const zone = drawZone();
  return zone ? dateTimeIn(ms, zone) : dayjs(ms).format('YYYY-MM-DD HH:mm:ss');
}

/**
 * `1h 02m 03s`, `2m 05s`, `42s` from milliseconds, in the console's language (`1小时02分03秒`);
 * an em dash when unknown.
 */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || ms < 0) return '—';
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return t('{{h}}h {{m}}m {{s}}s', { h, m: pad(m), s: pad(s) });
  if (m > 0) return t('{{m}}m {{s}}s', { m, s: pad(s) });
  return t('{{s}}s', { s });
}
