import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../config/paths.js';
import { moveRow } from './move-row.js';
import { createShortcutReader, type ShortcutAction } from './read-shortcut.js';

/** The page's search field: marked `data-shortcut-search`, or a search input. */
const SEARCH = '[data-shortcut-search], input[type="search"]';

interface Options {
  onHelp: () => void;
  /** Esc outside a dialog (dialogs close themselves): e.g. fold the navigation away. */
  onEscape: () => void;
}

/**
 * The console's keyboard shortcuts (listed by shortcuts-help.tsx), on the whole page while the
 * frame is shown. Never while typing in a field or inside a dialog; never with Ctrl, Cmd or Alt.
 */
export function useConsoleShortcuts({ onHelp, onEscape }: Options): void {
  const navigate = useNavigate();
  useEffect(() => {
    const read = createShortcutReader();
    const run = (action: ShortcutAction): boolean => {
      const main = document.querySelector('main');
      switch (action) {
        case 'help':
          onHelp();
          return true;
        case 'go-jobs':
          void navigate(paths.jobs.href());
          return true;
        case 'go-configs':
          void navigate(paths.configs.href());
          return true;
        case 'go-files':
          void navigate(paths.obs.href());
          return true;
        case 'create-job':
          void navigate(paths.createJob.href());
          return true;
        case 'search': {
          const field = main?.querySelector<HTMLInputElement>(SEARCH);
          field?.focus();
          field?.select();
          return Boolean(field);
        }
        case 'next-row':
        case 'previous-row':
          return main ? moveRow(main, action === 'next-row' ? 1 : -1) : false;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const inDialog =
        event.target instanceof Element && event.target.closest('[role="dialog"]') !== null;
      if (event.key === 'Escape') {
        if (!inDialog) onEscape();
        return;
      }
      if (inDialog) return;
      const action = read(event);
      if (action && run(action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, onHelp, onEscape]);
}
