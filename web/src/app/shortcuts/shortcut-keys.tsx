import { useEffect } from 'react';
import { useConsoleShortcuts } from './use-console-shortcuts.js';

interface Props {
  onHelp: () => void;
  onEscape: () => void;
}

/** Set on the document while the key handler listens (it arrives a moment after the first page). */
export const SHORTCUTS_READY_ATTRIBUTE = 'data-shortcuts';

/** The shortcuts' key handler, loaded beside the first page (outside the first screen's budget). */
export default function ShortcutKeys(props: Props) {
  useConsoleShortcuts(props);
  useEffect(() => {
    document.documentElement.setAttribute(SHORTCUTS_READY_ATTRIBUTE, 'ready');
    return () => document.documentElement.removeAttribute(SHORTCUTS_READY_ATTRIBUTE);
  }, []);
  return null;
}
