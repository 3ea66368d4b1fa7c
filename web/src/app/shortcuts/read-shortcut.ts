/** What a key press asks the console to do (the list in shortcuts-help.tsx). */
export type ShortcutAction =
  | 'help'
  | 'search'
  | 'go-jobs'
  | 'go-configs'
  | 'go-files'
  | 'create-job'
  | 'next-row'
  | 'previous-row';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** How long after `g` its second key counts (`g j`). */
export const SEQUENCE_MS = 1500;

const SINGLE: Record<string, ShortcutAction> = {
  '?': 'help',
  '/': 'search',
  c: 'create-job',
  j: 'next-row',
  k: 'previous-row',
};
const AFTER_G: Record<string, ShortcutAction> = { j: 'go-jobs', c: 'go-configs', f: 'go-files' };

/** Typing in a field, a select's list or an editable area: no key is a shortcut there. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  const role = target.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || role === 'searchbox';
}

/**
 * Reads key presses into shortcuts: one key (`/`, `?`, `c`, `j`, `k`) or `g` then a key within
 * SEQUENCE_MS. Keys with Ctrl, Cmd or Alt, and keys typed into a field, are never shortcuts.
 */
export function createShortcutReader(now: () => number = Date.now) {
  let gAt: number | undefined;
  return (press: KeyPress): ShortcutAction | undefined => {
    if (press.ctrlKey || press.metaKey || press.altKey || isTyping(press.target)) {
      gAt = undefined;
      return undefined;
    }
    const afterG = gAt !== undefined && now() - gAt <= SEQUENCE_MS;
    gAt = undefined;
    if (afterG) return AFTER_G[press.key];
    if (press.key === 'g') {
      gAt = now();
      return undefined;
    }
    return SINGLE[press.key];
  };
}
