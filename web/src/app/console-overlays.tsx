import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useJobNotifications } from '../lib/job-notifications/use-job-notifications.js';
import classes from './console-overlays.module.css';

/**
 * What the console's pages draw over themselves, opened through the static `modals.*` and
 * `notifications.*` APIs (window events and a store): the confirm dialogs and the notifications.
 * Nothing here wraps a page, so it is loaded beside the first one (console-shell.tsx).
 */
export default function ConsoleOverlays() {
  // browser notifications of watched jobs that end (opt-in on the job pages)
  useJobNotifications();
  return (
    <>
      <ModalsProvider />
      <Notifications position="top-right" classNames={{ root: classes.notifications }} />
    </>
  );
}
