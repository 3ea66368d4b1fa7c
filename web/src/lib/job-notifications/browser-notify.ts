import type { Notice } from './check-watched.js';

export type NotifyPermission = NotificationPermission | 'unsupported';

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

export function notifyPermission(): NotifyPermission {
  return supported() ? Notification.permission : 'unsupported';
}

/** Asks the browser (it shows its own prompt once; later answers come from the site settings). */
export async function askNotifyPermission(): Promise<NotifyPermission> {
  return supported() ? Notification.requestPermission() : 'unsupported';
}

/** Shows a system notification; a click focuses the console on the job's page. */
export function showNotice(n: Notice, open: (href: string) => void): void {
  if (notifyPermission() !== 'granted') return;
  const shown = new Notification(n.title, { body: n.body, tag: n.tag });
  shown.onclick = () => {
    window.focus();
    open(n.href);
    shown.close();
  };
}
