import { drawZone } from '../draw-zone.js';
import { currentLanguage } from './i18n.js';

// An Intl formatter costs far more to create than to use (toLocaleString creates one per call):
// one per language and options, made on first use.
const numberFormats = new Map<string, Intl.NumberFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const language = currentLanguage();
  const key = `${language} ${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A count or amount in the console's language (`12,345` in both English and Chinese). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(value);
}

/** A wall-clock time of day in the console's language (`19:40:01`; `下午7:40:01` style is not used). */
export function formatClock(ms: number): string {
  const language = currentLanguage();
  const timeZone = drawZone();
  const key = `${language} ${timeZone ?? ''}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
      ...(timeZone ? { timeZone } : {}),
    });
    clockFormats.set(key, format);
  }
  return format.format(new Date(ms));
}
