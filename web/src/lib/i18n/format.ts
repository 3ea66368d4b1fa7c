import { currentLanguage } from './i18n.js';

/** A count or amount in the console's language (`12,345` in both English and Chinese). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return value.toLocaleString(currentLanguage(), options);
}

/** A wall-clock time of day in the console's language (`19:40:01`; `下午7:40:01` style is not used). */
export function formatClock(ms: number): string {
  return new Date(ms).toLocaleTimeString(currentLanguage(), { hour12: false });
}
