import { readFileSync } from 'node:fs';

/** Objects of one kind in a heap snapshot: V8's node type and name (a constructor, `(closure)`'s function name, …). */
export interface HeapGroup {
  key: string;
  count: number;
  bytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Self sizes of a `.heapsnapshot` grouped by node type and name (`object:ServerResponse`, `closure:close`, …). */
export function summarizeHeapSnapshot(file: string): Map<string, HeapGroup> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt!]!]!;
    const rawName = snap.strings[snap.nodes[i + nameAt!]!] ?? '';
    // strings and numbers are grouped by type only (their names are their values)
    const name = ['string', 'concatenated string', 'sliced string', 'number'].includes(type)
      ? ''
      : rawName.slice(0, 60);
    const key = `${type}:${name}`;
    const g = groups.get(key) ?? { key, count: 0, bytes: 0 };
    g.count += 1;
    g.bytes += snap.nodes[i + sizeAt!]!;
    groups.set(key, g);
  }
  return groups;
}

/** What `after` holds more than `before`, per unit (e.g. per viewer), largest first. */
export function diffHeapSummaries(
  before: Map<string, HeapGroup>,
  after: Map<string, HeapGroup>,
  units: number,
  top = 40,
): { key: string; count: number; bytes: number }[] {
  return [...after.values()]
    .map((g) => {
      const b = before.get(g.key);
      return {
        key: g.key,
        count: Number(((g.count - (b?.count ?? 0)) / units).toFixed(2)),
        bytes: Math.round((g.bytes - (b?.bytes ?? 0)) / units),
      };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
}
