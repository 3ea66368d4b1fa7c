/**
 * Marks an English message that is translated later, where it is shown (`t(label)`): labels in
 * tables and constants made before any language is chosen. The catalog check
 * (`catalog.test.ts`) reads `msg('…')` and `t('…')` to know every message the console shows.
 */
export function msg<T extends string>(english: T): T {
  return english;
}
