import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Node } from 'yaml';
import { PortalFileSchema, type PortalFile } from './portal-schema.js';

/** The portal file is unusable: each problem names the line and the field. */
export class PortalFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PortalFileError';
  }
}

type Path = readonly PropertyKey[];

const dotted = (path: Path) =>
  path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  ) || '(the file)';

/** The line of the deepest node along `path` that exists in the document. */
function lineOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n -= 1) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && (node as Node).range) return lines.linePos((node as Node).range![0]).line;
  }
  return 1;
}

/** The line of the key `key` in the map at `parent` (an unknown setting is reported at its key). */
function keyLine(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  parent: Path,
  key: string,
): number {
  const map: unknown = parent.length === 0 ? doc.contents : doc.getIn(parent as unknown[], true);
  const pair = isMap(map)
    ? map.items.find((p) => isScalar(p.key) && p.key.value === key)
    : undefined;
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? lines.linePos(range[0]).line : lineOf(doc, lines, parent);
}

/** Parses and validates the portal file's text; throws PortalFileError naming lines and fields. */
export function parsePortalFile(text: string, file = 'PORTAL_CONFIG'): PortalFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new PortalFileError(
      file,
      doc.errors.map(
        (e) =>
          `line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      ),
    );
  }
  const parsed = PortalFileSchema.safeParse(doc.toJS({ maxAliasCount: 50 }));
  if (!parsed.success) {
    throw new PortalFileError(
      file,
      parsed.error.issues.map((i) => {
        if (i.code === 'unrecognized_keys') {
          const key = i.keys[0]!;
          const line = keyLine(doc, lines, i.path, key);
          return `line ${line}: ${dotted([...i.path, key])} is not a known setting`;
        }
        return `line ${lineOf(doc, lines, i.path)}: ${dotted(i.path)} ${i.message}`;
      }),
    );
  }
  return parsed.data;
}

export function readPortalFile(path: string): PortalFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PortalFileError(path, [`cannot be read (${(err as NodeJS.ErrnoException).code})`]);
  }
  return parsePortalFile(text, path);
}
