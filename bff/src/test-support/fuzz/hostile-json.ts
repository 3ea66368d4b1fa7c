import fc from 'fast-check';

/** A JSON value as it travels in a request body. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Where a value sits in a body: object keys and array indexes, outermost first. */
export type JsonPath = (string | number)[];

/** Keys that reach `Object.prototype` or shadow built-ins when code is careless with objects. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

/** Every place in `value` a mutation can hit, the whole body (`[]`) included. */
export function pathsOf(value: Json, at: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

/** Sets an own, enumerable property even for `__proto__` (plain assignment would set the prototype). */
function defineOwn(target: Record<string, Json>, key: string, v: Json): void {
  Object.defineProperty(target, key, {
    value: v,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function copy(value: Json): Json {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) defineOwn(out, k, copy(v));
    return out;
  }
  return value;
}

/** One hostile change to a body; `path` names where it lands. */
export type Mutation =
  | { kind: 'replace'; path: JsonPath; value: Json }
  | { kind: 'remove'; path: JsonPath }
  | { kind: 'add-key'; path: JsonPath; key: string; value: Json };

/** The place a validator should name for this mutation: an added key is named by its own path. */
export function mutationPath(m: Mutation): JsonPath {
  return m.kind === 'add-key' ? [...m.path, m.key] : m.path;
}

/** A copy of `body` with `m` applied (the input is left untouched). */
export function applyMutation(body: Json, m: Mutation): Json {
  if (m.kind === 'replace' && m.path.length === 0) return m.value;
  const root = copy(body);
  const parentPath = m.kind === 'add-key' ? m.path : m.path.slice(0, -1);
  let parent: Json = root;
  for (const step of parentPath) parent = (parent as Record<string, Json>)[step as string] as Json;
  if (parent === null || typeof parent !== 'object') return root;
  if (m.kind === 'add-key') {
    if (!Array.isArray(parent)) defineOwn(parent, m.key, m.value);
    return root;
  }
  const last = m.path[m.path.length - 1] as string | number;
  if (Array.isArray(parent)) {
    if (m.kind === 'remove') parent.splice(Number(last), 1);
    else parent[Number(last)] = m.value;
  } else if (m.kind === 'remove') delete parent[String(last)];
  else defineOwn(parent, String(last), m.value);
  return root;
}

const nested = (depth: number): Json => {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i += 1) v = i % 2 ? [v] : { d: v };
  return v;
};

/** Values that break careless code: NUL and control characters, traversal, huge, deep, wrong types. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom('\u0001', 'a\u001bb', 'line\nbreak', 'tab\there', '\u2028', '\ud800', '\uffff'),
  fc.constantFrom(
    '..',
    '../../etc/passwd',
    'obs://bucket/../../x/',
    '/bucket/a/../../b/',
    '/bucket/%2e%2e/b/',
    'https://evil.example/x/',
    'bucket/dir/',
    '/etc/shadow',
    '$(reboot)',
    '`id`',
    '; rm -rf /',
  ),
  fc.integer({ min: 300, max: 5000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(70_000, 1_200_000).map((n) => 'y'.repeat(n)),
  fc.integer({ min: 65, max: 3000 }).map(nested),
  fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53 + 1, 0.5, '1e999', 'NaN', ''),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, 'x'), fc.constant<Json>({ polluted: true })),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** One mutation of `body`: anywhere in it, of any hostile kind. */
export function mutationOf(body: Json): fc.Arbitrary<Mutation> {
  const paths = pathsOf(body);
  const objectPaths = paths.filter((p) => {
    let v: Json = body;
    for (const step of p) v = (v as Record<string, Json>)[step as string] as Json;
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const at = fc.constantFrom(...paths);
  const inner = paths.filter((p) => p.length > 0);
  const kinds: fc.WeightedArbitrary<Mutation>[] = [
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        path: at,
        value: hostileValue,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add-key' as const),
        path: fc.constantFrom(...objectPaths),
        key: fc.constantFrom(...PROTOTYPE_KEYS, 'unknown_field', ''),
        value: fc.oneof(fc.constant<Json>({ polluted: true }), hostileValue),
      }),
    },
  ];
  if (inner.length > 0)
    kinds.push({
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('remove' as const),
        path: fc.constantFrom(...inner),
      }),
    });
  return fc.oneof(...kinds);
}
