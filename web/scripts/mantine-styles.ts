/**
 * Which of @mantine/core's per-component stylesheets the console needs (src/app/mantine-styles.css
 * imports them instead of the whole 295 kB styles.css): the components the console's code imports
 * from '@mantine/core' — its own files and those of the other @mantine packages it uses — and
 * every component they are built from, found by following the package's own module graph to each
 * `X.module.mjs` (whose styles are `styles/X.css`). In the order of the package's styles.css
 * (shared building blocks first), which the cascade relies on.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const GLOBAL_STYLES = ['baseline', 'default-css-variables', 'global'];
const IMPORT_FROM_CORE = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*["']@mantine\/core["']/g;
const RELATIVE_IMPORT = /(?:import|export)\s*(?:[^'";]*?from\s*)?["'](\.{1,2}\/[^"']+\.mjs)["']/g;

/** Names imported from '@mantine/core' in the given source texts (types included: harmless). */
export function coreImports(sources: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of sources)
    for (const m of text.matchAll(IMPORT_FROM_CORE))
      for (const part of m[1]!.split(',')) {
        const name = part
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]!
          .trim();
        if (name) names.add(name);
      }
  return names;
}

/** The file of each name @mantine/core's esm index exports. */
function exportFiles(coreDir: string): Map<string, string> {
  const index = readFileSync(join(coreDir, 'esm/index.mjs'), 'utf8');
  const files = new Map<string, string>();
  for (const m of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.\/[^"]+)"/g))
    for (const part of m[1]!.split(',')) {
      const local = part
        .split(/\s+as\s+/)
        .at(-1)!
        .trim();
      if (local) files.set(local, resolve(coreDir, 'esm', m[2]!));
    }
  return files;
}

/** Component stylesheets reached from the named exports through the package's imports. */
export function neededStyles(coreDir: string, names: Iterable<string>): Set<string> {
  const files = exportFiles(coreDir);
  const seen = new Set<string>();
  const styles = new Set<string>();
  const queue = [...names].flatMap((n) => (files.has(n) ? [files.get(n)!] : []));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const module = /([A-Za-z]+)\.module\.mjs$/.exec(file);
    if (module) styles.add(module[1]!);
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      queue.push(resolve(dirname(file), m[1]!));
  }
  return styles;
}

/** Every stylesheet the package has, in the order its styles.css holds them. */
export function packageOrder(coreDir: string): string[] {
  const all = readFileSync(join(coreDir, 'styles.css'), 'utf8');
  return readdirSync(join(coreDir, 'styles'))
    .filter((f) => f.endsWith('.css') && !f.endsWith('.layer.css'))
    .map((f) => ({
      name: f.slice(0, -'.css'.length),
      at: all.indexOf(readFileSync(join(coreDir, 'styles', f), 'utf8').slice(0, 400)),
    }))
    .sort((a, b) => a.at - b.at)
    .map((s) => s.name);
}

/** The stylesheets the console needs, in the package's order. */
export function consoleStyles(webDir: string, sourceFiles: readonly string[]): string[] {
  const coreDir = realpathSync(join(webDir, 'node_modules/@mantine/core'));
  const others = ['notifications', 'modals'].flatMap((p) => {
    const esm = join(realpathSync(join(webDir, 'node_modules/@mantine', p)), 'esm');
    return readdirSync(esm, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => join(esm, f));
  });
  const texts = [...sourceFiles, ...others].map((f) => readFileSync(f, 'utf8'));
  const needed = neededStyles(coreDir, coreImports(texts));
  for (const g of GLOBAL_STYLES) needed.add(g);
  return packageOrder(coreDir).filter((name) => needed.has(name));
}
