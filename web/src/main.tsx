import './app/boot-early.js';
import { createRoot } from 'react-dom/client';
import { paths } from './config/paths.js';
import { startLanguage } from './lib/i18n/i18n.js';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const reactRoot = createRoot(root);

// A page opened at /login loads the sign-in screen alone; any other loads the console (which sends
// a browser without a session to its own /login route). Budget: web/scripts/bundle-budget.ts.
const show: Promise<() => void> =
  window.location.pathname === paths.login.path
    ? import('./app/sign-in-entry.js').then((m) => () => m.showSignIn(reactRoot))
    : import('./app/console-app.js').then((m) => () => m.startConsole(reactRoot));

// English starts at once; another language first loads its catalogs (in parallel with the page's chunks)
const language = startLanguage().catch(() => undefined);
void Promise.all([show, language]).then(([render]) => render());
