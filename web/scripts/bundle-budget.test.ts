import { describe, expect, it } from 'vitest';
import {
  checkBudget,
  entryKey,
  formatReport,
  screenWeight,
  staticClosure,
  type Manifest,
  type Sizes,
} from './bundle-budget.js';

// A made-up build: the entry imports react and a shared chunk; the login route and the list route
// are lazy; the list imports a table chunk and the shared one; a detail page is never counted.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_shared.js'],
    dynamicImports: [
      'src/features/auth/components/login-page.tsx',
      'src/features/jobs/components/jobs-page.tsx',
      'src/app/routes/v2-job-route.tsx',
    ],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  '_table.js': { file: 'assets/table.js', imports: ['_shared.js'], css: ['assets/table.css'] },
  'src/features/auth/components/login-page.tsx': {
    file: 'assets/login-page.js',
    isDynamicEntry: true,
    imports: ['_shared.js'],
  },
  'src/features/jobs/components/jobs-page.tsx': {
    file: 'assets/jobs-page.js',
    isDynamicEntry: true,
    imports: ['_table.js', '_shared.js'],
    dynamicImports: ['src/app/routes/v2-job-route.tsx'],
  },
  'src/app/routes/v2-job-route.tsx': {
    file: 'assets/v2-job-route.js',
    isDynamicEntry: true,
    imports: ['_charts.js'],
  },
  '_charts.js': { file: 'assets/charts.js' },
};

// kB each (raw); brotli a quarter, gzip a third of it.
const RAW_KB: Record<string, number> = {
  'assets/index.js': 30,
  'assets/react.js': 300,
  'assets/shared.js': 60,
  'assets/table.js': 90,
  'assets/login-page.js': 12,
  'assets/jobs-page.js': 48,
  'assets/v2-job-route.js': 100,
  'assets/charts.js': 400,
  'assets/index.css': 120,
  'assets/table.css': 9,
};
const sizeOf = (file: string): Sizes => {
  const raw = (RAW_KB[file] ?? 0) * 1000;
  return { raw, brotli: raw / 4, gzip: raw / 3 };
};
const LOGIN = ['src/features/auth/components/login-page.tsx'];
const LIST = ['src/features/jobs/components/jobs-page.tsx'];

describe('the first-screen budget', () => {
  it('finds the one entry, and refuses a manifest with none or several', () => {
    expect(entryKey(manifest)).toBe('index.html');
    expect(() => entryKey({ a: { file: 'a.js' } })).toThrow(/one entry/);
    expect(() =>
      entryKey({ a: { file: 'a.js', isEntry: true }, b: { file: 'b.js', isEntry: true } }),
    ).toThrow(/found 2/);
  });

  it('follows static imports only, each chunk once', () => {
    expect(staticClosure(manifest, ['index.html']).sort()).toEqual([
      '_react.js',
      '_shared.js',
      'index.html',
    ]);
    // a route bundled into its importer is no chunk of its own: nothing more to load
    expect(staticClosure(manifest, ['src/app/eager-page.tsx'])).toEqual([]);
  });

  it('weighs the login page: entry + its imports + the login chunk, never a lazy page', () => {
    const login = screenWeight(manifest, LOGIN, sizeOf);
    expect(login.js.sort()).toEqual([
      'assets/index.js',
      'assets/login-page.js',
      'assets/react.js',
      'assets/shared.js',
    ]);
    expect(login.css).toEqual(['assets/index.css']);
    expect(login.jsBytes).toEqual({ raw: 402_000, brotli: 100_500, gzip: 134_000 });
  });

  it('weighs login → list: adds the list chunks (and their CSS), not the detail page', () => {
    const first = screenWeight(manifest, [...LOGIN, ...LIST], sizeOf);
    expect(first.js).toHaveLength(6);
    expect(first.js).not.toContain('assets/v2-job-route.js');
    expect(first.js).not.toContain('assets/charts.js');
    expect(first.css.sort()).toEqual(['assets/index.css', 'assets/table.css']);
    expect(first.jsBytes.raw).toBe(540_000);
  });

  it('passes within budget and names each screen over it (brotli counts)', () => {
    const input = { manifest, loginRoutes: LOGIN, listRoutes: LIST, sizeOf };
    // brotli: login 100.5 kB, first screen 135 kB (gzip would be 134 and 180)
    expect(checkBudget(input, { loginKb: 100.5, firstScreenKb: 135 }).failures).toEqual([]);
    const over = checkBudget(input, { loginKb: 100, firstScreenKb: 134.9 });
    expect(over.failures).toEqual([
      'login page: 100.5 kB of JS (brotli), budget 100 kB',
      'first screen (login → job list): 135.0 kB of JS (brotli), budget 134.9 kB',
    ]);
    expect(formatReport(over)).toContain('login page: JS 100.5 kB brotli / 134.0 kB gzip');
  });
});
