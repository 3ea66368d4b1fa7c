/**
 * Which chunks each console page needs before it can draw, from Vite's build manifest, for the BFF
 * to announce in the page's HTML (`<link rel="modulepreload">`, bff/src/routes/page-preloads.ts):
 * the browser then fetches and compiles them while it parses the HTML, instead of after the entry
 * script has run and asked for them (one round of requests less before the first screen). Pure:
 * the manifest, the pages' patterns and page-modules.ts's text come from the caller.
 */
import { posix } from 'node:path';
import { entryKey, staticClosure, type Manifest } from './bundle-budget.js';

export interface PagePreloads {
  /** The login page's address: it loads the sign-in screen alone, none of these (src/main.tsx). */
  signIn: string;
  /** What every console page needs (its router, data layer and frame): not the login page's. */
  console: string[];
  /** Per page pattern (`/jobs/v2/:jobId`), the page's own chunks beyond `console`. */
  pages: { pattern: string; files: string[] }[];
}

/** The console's own modules, loaded on every page but the login page (src/main.tsx). */
export const CONSOLE_MODULES = ['src/app/console-app.tsx', 'src/app/console-shell.tsx'];

const PAGE_IMPORT = /^\s*(\w+): \(\) => import\('([^']+)'\),?$/gm;

/**
 * Page name → manifest key, read from `pageModules` in src/app/page-modules.ts (`name: () =>
 * import('…')`: Vite needs literal imports there, so the list is read from its text).
 */
export function pageModuleKeys(source: string, manifest: Manifest): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [, name, spec] of source.matchAll(PAGE_IMPORT)) {
    const base = posix.join('src/app', spec!).replace(/\.js$/, '');
    const key = [`${base}.tsx`, `${base}.ts`].find((k) => manifest[k]);
    if (!key) throw new Error(`page ${name}: ${spec} is not a chunk of the build`);
    keys[name!] = key;
  }
  return keys;
}

/**
 * The files of `roots`' closure, minus those already in `known`: its stylesheets first (a page
 * drawn on the server is styled by them before any script runs), then its scripts, in the
 * manifest's order.
 */
function filesOf(manifest: Manifest, roots: string[], known: Set<string>): string[] {
  const chunks = staticClosure(manifest, roots).map((k) => manifest[k]!);
  const css = chunks.flatMap((c) => c.css ?? []);
  const js = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  return [...new Set([...css, ...js])].filter((f) => !known.has(f));
}

/**
 * The chunks to preload per page: the console's closure (less the entry's, which index.html
 * loads already), then each page's (less both). `patterns`: page name → the router's pattern;
 * the login page is left out (it loads the sign-in screen alone).
 */
export function pagePreloads(
  manifest: Manifest,
  patterns: Record<string, string>,
  modules: Record<string, string>,
): PagePreloads {
  const entry = new Set(filesOf(manifest, [entryKey(manifest)], new Set()));
  const console = filesOf(manifest, CONSOLE_MODULES, entry);
  const known = new Set([...entry, ...console]);
  const pages = Object.entries(modules)
    .filter(([name]) => name !== 'login')
    .map(([name, key]) => {
      const pattern = patterns[name];
      if (!pattern) throw new Error(`page ${name} has no pattern in paths`);
      return { pattern, files: filesOf(manifest, [key], known) };
    });
  const signIn = patterns.login;
  if (!signIn) throw new Error('no login page in paths');
  return { signIn, console, pages };
}
