/** The rows j/k move through: those of a table in the page that hold a link (the list's rows). */
function rowsOf(table: Element): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>('tbody tr')].filter((tr) =>
    tr.querySelector('a[href]'),
  );
}

/**
 * Moves the keyboard focus to the next (+1) or previous (-1) row of the table the focus is in, or
 * of the page's first table with linked rows: onto the row's first link, so Enter opens it.
 * Returns false when the page has no such rows.
 */
export function moveRow(main: Element, step: 1 | -1): boolean {
  const active = document.activeElement;
  const current = active instanceof Element ? active.closest('tbody tr') : null;
  const table =
    (current && main.contains(current) ? current.closest('table') : null) ??
    [...main.querySelectorAll('table')].find((t) => rowsOf(t).length > 0);
  if (!table) return false;
  const rows = rowsOf(table);
  if (!rows.length) return false;
  const at = current instanceof HTMLElement ? rows.indexOf(current) : -1;
  const next =
    at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(Math.max(at + step, 0), rows.length - 1);
  const link = rows[next]?.querySelector<HTMLElement>('a[href]');
  link?.focus();
  link?.scrollIntoView({ block: 'nearest' });
  return link !== undefined && link !== null;
}
