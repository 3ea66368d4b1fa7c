import { notifications } from '@mantine/notifications';
import { describeError } from './api-error.js';

/** A red notification for a failed request: the title, then `<code>: <message>` of the error. */
export function notifyError(
  title: string,
  error: unknown,
  options: { autoClose?: number | false } = {},
): void {
  const { code, message } = describeError(error);
  notifications.show({ color: 'red', title, message: `${code}: ${message}`, ...options });
}
