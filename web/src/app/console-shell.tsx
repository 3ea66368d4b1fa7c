import './charts.css';
import { lazy, Suspense } from 'react';
import { AppLayout } from './app-layout.js';

// Requested as soon as the frame's chunk runs, beside the page's own chunk and its API calls: the
// dialogs and notifications (Modal, its scroll lock, transitions) do not hold up the job list,
// and are there long before its rows can be clicked. A notification shown earlier waits in the
// notifications store and is drawn when the container arrives.
const overlays = import('./console-overlays.js');
const ConsoleOverlays = lazy(() => overlays);

/**
 * The signed-in console: the frame, with the confirm dialogs and the notifications only its pages
 * use. Loaded with the first console page, not with the login page (the first screen's budget).
 */
export function ConsoleShell() {
  return (
    <>
      <Suspense fallback={null}>
        <ConsoleOverlays />
      </Suspense>
      <AppLayout />
    </>
  );
}
