/**
 * A field named in an error body, as path parts: `config.data_source[1].data_url` →
 * `['config', 'data_source', 1, 'data_url']` (indices as numbers, in dots or brackets).
 */
export function splitFieldPath(field: string): Array<string | number> {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
