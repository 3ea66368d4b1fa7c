import { describe, expect, it } from 'vitest';
import { createShortcutReader, isTyping, SEQUENCE_MS, type KeyPress } from './read-shortcut.js';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  ...extra,
});

describe('reading key presses into shortcuts', () => {
  it('reads single keys', () => {
    const read = createShortcutReader();
    expect(['?', '/', 'c', 'j', 'k', 'x'].map((k) => read(press(k)))).toEqual([
      'help',
      'search',
      'create-job',
      'next-row',
      'previous-row',
      undefined,
    ]);
  });

  it('reads g then a key within the time, and not after it', () => {
    let now = 1000;
    const read = createShortcutReader(() => now);
    expect(read(press('g'))).toBeUndefined();
    expect(read(press('j'))).toBe('go-jobs');
    expect(read(press('g'))).toBeUndefined();
    expect(read(press('c'))).toBe('go-configs');
    expect(read(press('g'))).toBeUndefined();
    now += SEQUENCE_MS + 1;
    // too late: j alone moves to the next row
    expect(read(press('j'))).toBe('next-row');
    // g then an unknown key does nothing, and the next key is read on its own
    read(press('g'));
    expect(read(press('x'))).toBeUndefined();
    expect(read(press('c'))).toBe('create-job');
  });

  it('never fires while typing or with Ctrl, Cmd or Alt', () => {
    const read = createShortcutReader();
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const combo = document.createElement('div');
    combo.setAttribute('role', 'combobox');
    for (const target of [input, area, editable, combo]) {
      expect(isTyping(target)).toBe(true);
      expect(read(press('/', { target }))).toBeUndefined();
      expect(read(press('c', { target }))).toBeUndefined();
    }
    expect(read(press('c', { ctrlKey: true }))).toBeUndefined();
    expect(read(press('k', { metaKey: true }))).toBeUndefined();
    expect(read(press('j', { altKey: true }))).toBeUndefined();
    // a g typed into a field does not start a sequence
    read(press('g', { target: input }));
    expect(read(press('j'))).toBe('next-row');
    expect(isTyping(document.createElement('button'))).toBe(false);
  });
});
