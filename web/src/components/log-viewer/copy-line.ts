import { notifications } from '@mantine/notifications';
import { plainText } from './log-levels.js';
import { t } from '../../lib/i18n/i18n.js';

/** Copies a log line without its colours, and says so (or that the browser did not allow it). */
export async function copyLine(number: number | null, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(plainText(text));
    const message = number === null ? t('Line copied') : t('Line {{number}} copied', { number });
    notifications.show({ message, autoClose: 1500 });
  } catch {
    notifications.show({ color: 'red', message: t('The browser did not allow copying') });
  }
}
/** A line of a preview (no number yet). */
export const copyUnnumbered = (_: number, text: string) => copyLine(null, text);
