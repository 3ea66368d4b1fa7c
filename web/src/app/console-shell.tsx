import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { AppLayout } from './app-layout.js';

/**
 * The signed-in console: the frame, with the confirm dialogs and the notifications only its pages
 * use. Loaded with the first console page, not with the login page (the first screen's budget).
 */
export function ConsoleShell() {
  return (
    <ModalsProvider>
      <Notifications position="top-right" />
      <AppLayout />
    </ModalsProvider>
  );
}
