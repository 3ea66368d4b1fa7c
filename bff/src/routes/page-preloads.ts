import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';

// The chunks each console page needs before it draws (written by the web build:
// web/scripts/page-preloads.ts), announced in the page's HTML as `<link rel="modulepreload">` so
// the browser fetches and compiles them while it parses the HTML, not after the entry script has
// run and asked for them. Measured (job list's first row, median of 6–12 alternating openings):
// warm cache 707 vs 708 ms without; empty cache 789 vs 824; empty cache at 80 ms latency (CDP)
// 1,296 vs 1,316 — small, because over HTTP/1.1 the ~55 chunks wait for 6 connections anyway:
// the round trip it saves shows behind an HTTP/2 proxy, or with fewer, larger chunks.

const AssetFile = z.string().regex(/^assets\/[\w.-]+\.(js|css)$/);
const PagePreloadsSchema = z.object({
  signIn: z.string().startsWith('/'),
  console: z.array(AssetFile),
  pages: z.array(z.object({ pattern: z.string().startsWith('/'), files: z.array(AssetFile) })),
});
export type PagePreloads = z.infer<typeof PagePreloadsSchema>;

/** The build's preloads; undefined when it wrote none (an older build) or they do not parse. */
export async function readPagePreloads(file: string): Promise<PagePreloads | undefined> {
  try {
    const parsed = PagePreloadsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many fixed segments `pattern` matches `parts` with (undefined: it does not match); `parts`
 * has no empty segment, so a parameter matches any.
 */
function fixedMatch(pattern: string, parts: string[]): number | undefined {
  const segments = pattern.split('/').filter(Boolean);
  if (segments.length !== parts.length) return undefined;
  let fixed = 0;
  for (const [i, segment] of segments.entries()) {
    if (segment.startsWith(':')) continue;
    if (segment !== parts[i]) return undefined;
    fixed += 1;
  }
  return fixed;
}

/**
 * The chunks the console page at `pathname` needs: the console's, then its page's — the page
 * whose pattern matches with the most fixed segments, as the web's router ranks them
 * (web/src/app/page-modules.ts). An address no page has still starts the console; the login
 * page needs none of them.
 */
export function preloadsFor(preloads: PagePreloads, pathname: string): string[] {
  if (pathname === preloads.signIn) return [];
  const parts = pathname.split('/').filter(Boolean);
  let best: { files: string[]; fixed: number } | undefined;
  for (const page of preloads.pages) {
    const fixed = fixedMatch(page.pattern, parts);
    if (fixed !== undefined && (!best || fixed > best.fixed)) best = { files: page.files, fixed };
  }
  return [...new Set([...preloads.console, ...(best?.files ?? [])])];
}

/**
 * `html` with, before `</head>`, one `<link rel="stylesheet">` per stylesheet (Vite's loader then
 * does not add it again: it looks for the same href) and one `<link rel="modulepreload">` per
 * script (unchanged without a head).
 */
export function withPreloads(html: string, files: string[]): string {
  const at = html.indexOf('</head>');
  if (at < 0) return html;
  const links = files
    .filter((f) => !html.includes(`"/${f}"`))
    .map((f) =>
      f.endsWith('.css')
        ? `<link rel="stylesheet" href="/${f}">`
        : `<link rel="modulepreload" crossorigin href="/${f}">`,
    )
    .join('');
  return html.slice(0, at) + links + html.slice(at);
}

interface Loaded {
  stamp: string;
  html: string;
  preloads: PagePreloads | undefined;
}

/**
 * index.html for a console address, with its page's preloads (`page-preloads.json` beside it):
 * both read again only when either file changes (a build in place is seen at once).
 */
export function pageHtml(indexFile: string, preloadsFile: string) {
  let loaded: Loaded | undefined;
  const stampOf = async () => {
    const [a, b] = await Promise.all([stat(indexFile), stat(preloadsFile).catch(() => undefined)]);
    return `${a.mtimeMs}:${a.size}:${b?.mtimeMs}:${b?.size}`;
  };
  return async (pathname: string): Promise<string> => {
    const stamp = await stampOf();
    if (loaded?.stamp !== stamp) {
      const [html, preloads] = await Promise.all([
        readFile(indexFile, 'utf8'),
        readPagePreloads(preloadsFile),
      ]);
      loaded = { stamp, html, preloads };
    }
    const { html, preloads } = loaded;
    return preloads ? withPreloads(html, preloadsFor(preloads, pathname)) : html;
  };
}
