import fc from 'fast-check';

/** Values users type by mistake or attackers send: each makes some rule speak. */
export const HOSTILE_TEXTS = [
  '',
  ' ',
  'a\u0000b',
  'line\nbreak',
  '\u001b[31m',
  'x'.repeat(5000),
  '../../etc/passwd',
  'https://evil.example/x/',
  '/Ab/dir/',
  '/bucket/dir/',
  'bucket',
  '-1',
  '1.5',
  'bad name!',
] as const;

export const HOSTILE_NUMBERS = [-1, 0, 1.5, 1e9, Number.NaN] as const;

type Path = ReadonlyArray<string | number>;

/** Every string or number leaf of a form's values (rows of lists included), by path. */
export function leavesOf(
  value: unknown,
  path: Path = [],
): { path: Path; kind: 'text' | 'number' }[] {
  if (typeof value === 'string') return [{ path, kind: 'text' }];
  if (typeof value === 'number') return [{ path, kind: 'number' }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leavesOf(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  return [];
}

function setAt<T>(value: T, path: Path, leaf: unknown): T {
  if (path.length === 0) return leaf as T;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<
    string | number,
    unknown
  >;
  copy[head] = setAt(copy[head], rest, leaf);
  return copy as T;
}

/**
 * Forms made from `base` with one to three of its fields (any text or number leaf; the `keep`
 * paths aside) set to a hostile value: the inputs whose messages a form must be able to word.
 */
export function mutatedForms<T>(base: T, keep: (path: Path) => boolean = () => false) {
  const leaves = leavesOf(base).filter((leaf) => !keep(leaf.path));
  const change = fc.oneof(
    ...leaves.map((leaf) =>
      fc.record({
        path: fc.constant(leaf.path),
        value:
          leaf.kind === 'text'
            ? fc.constantFrom<unknown>(...HOSTILE_TEXTS)
            : fc.constantFrom<unknown>(...HOSTILE_NUMBERS),
      }),
    ),
  );
  return fc
    .array(change, { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((form, c) => setAt(form, c.path, c.value), base));
}
