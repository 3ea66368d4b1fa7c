const logged = new Set<string>();

/**
 * Logs (once per list and count, for the whole page's life) that a tolerant reader left items of
 * a ModelArts list out, so whoever looks at the browser console learns why a choice is missing.
 */
export function logDroppedItems(what: string, dropped: number): void {
  const key = `${what}\u0000${dropped}`;
  if (dropped <= 0 || logged.has(key)) return;
  logged.add(key);
  console.warn(
    `[console] ${dropped} item(s) of the ${what} list could not be read and are left out`,
  );
}
