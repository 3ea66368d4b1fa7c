import { useConsoleShortcuts } from './use-console-shortcuts.js';

interface Props {
  onHelp: () => void;
  onEscape: () => void;
}

/** The shortcuts' key handler, loaded beside the first page (outside the first screen's budget). */
export default function ShortcutKeys(props: Props) {
  useConsoleShortcuts(props);
  return null;
}
