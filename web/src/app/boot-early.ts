import { paths } from '../config/paths.js';
import { readSessionEarly } from '../lib/session-fetch.js';
import { preloadPageAt } from './page-modules.js';
import { isPrerendered, shareTimeZone } from './prerendered.js';

// Imported first by main.tsx, for this side effect: modules run in import order, so this runs
// before React's code is evaluated. Off the login page, the session check and the code of the page
// the browser opens at start now, beside React and the console's code, not after them.
if (window.location.pathname !== paths.login.path) {
  // a page drawn on the server carries the session already (prerendered.ts)
  if (!isPrerendered()) readSessionEarly();
  preloadPageAt(window.location.pathname);
  shareTimeZone();
}
