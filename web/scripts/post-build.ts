// Runs after `vite build` (the web package's `build`): precompresses dist/ (brotli + gzip beside each
// asset, served by the BFF by Accept-Encoding; the colour scheme script written into index.html
// first: inline-script.ts), then checks the first screen's budget from Vite's
// manifest, and writes dist/page-preloads.json (page-preloads.ts). Prints the figures, writes them to <repo>/reports/bench-first-screen.json, and exits 1
// when a screen is over budget.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBudget, formatReport, type Manifest, type Sizes } from './bundle-budget.js';
import { brotli, gzip, precompressDir } from './precompress.js';
import { inlineScript } from './inline-script.js';
import { pageModuleKeys, pagePreloads } from './page-preloads.js';
import { paths } from '../src/config/paths.js';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(web, 'dist');
const repoRoot = join(web, '..');

/** The lazy routes of each screen (manifest keys: source paths relative to web/). */
// A page opened at /login loads the sign-in screen alone (main.tsx); signing in starts the console
// at the job list: its router and data layer, the frame, the list.
const LOGIN_ROUTES = ['src/app/sign-in-entry.tsx'];
const LIST_ROUTES = [
  'src/app/console-app.tsx',
  'src/app/console-shell.tsx',
  'src/features/jobs/components/jobs-page.tsx',
];

const cache = new Map<string, Sizes>();
/** On-the-wire sizes: the precompressed variant when there is one, else compressed here. */
function sizeOf(file: string): Sizes {
  const hit = cache.get(file);
  if (hit) return hit;
  const path = join(dist, file);
  const data = readFileSync(path);
  const variant = (ext: string, compress: (b: Buffer) => Buffer) =>
    existsSync(path + ext) ? statSync(path + ext).size : compress(data).length;
  const sizes = { raw: data.length, brotli: variant('.br', brotli), gzip: variant('.gz', gzip) };
  cache.set(file, sizes);
  return sizes;
}

// before precompressing: index.html is precompressed as it is served
const indexFile = join(dist, 'index.html');
writeFileSync(
  indexFile,
  inlineScript(
    readFileSync(indexFile, 'utf8'),
    'color-scheme.js',
    readFileSync(join(dist, 'color-scheme.js'), 'utf8'),
  ),
);
rmSync(join(dist, 'color-scheme.js'));
console.log('index.html runs color-scheme.js inline');

const compressed = precompressDir(dist);
console.log(`precompressed ${compressed} files in dist/ (.br and .gz)`);

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const report = checkBudget({
  manifest,
  loginRoutes: LOGIN_ROUTES,
  listRoutes: LIST_ROUTES,
  sizeOf,
});
console.log(formatReport(report));

// the chunks each page needs, announced by the BFF in the page's HTML (bff/src/routes/page-preloads.ts)
const patterns = Object.fromEntries(Object.entries(paths).map(([name, p]) => [name, p.path]));
const modules = pageModuleKeys(
  readFileSync(join(web, 'src', 'app', 'page-modules.ts'), 'utf8'),
  manifest,
);
const preloads = pagePreloads(manifest, patterns, modules);
writeFileSync(join(dist, 'page-preloads.json'), JSON.stringify(preloads) + '\n');
console.log(
  `page preloads: ${preloads.console.length} console chunks, ${preloads.pages.length} pages`,
);

try {
  const reports = join(repoRoot, 'reports');
  mkdirSync(reports, { recursive: true });
  const out = join(reports, 'bench-first-screen.json');
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), ...report }, null, 2) + '\n');
  console.log(`wrote ${out}`);
} catch (err) {
  console.warn(`could not write reports/bench-first-screen.json: ${(err as Error).message}`);
}

if (report.failures.length) {
  console.error(`bundle budget exceeded:\n  ${report.failures.join('\n  ')}`);
  process.exit(1);
}
