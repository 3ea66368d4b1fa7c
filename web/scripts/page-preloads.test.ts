import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from './bundle-budget.js';
import { CONSOLE_MODULES, pageModuleKeys, pagePreloads } from './page-preloads.js';
import { paths } from '../src/config/paths.js';

// jsdom (this project's environment) gives import.meta.url an http: scheme; dirname is the folder
const pageModulesSource = readFileSync(
  join(import.meta.dirname, '..', 'src', 'app', 'page-modules.ts'),
  'utf8',
);

// A made-up build: the entry holds react; the console and its frame share a chunk with the list
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react.js' },
  '_ui.js': { file: 'assets/ui.js', imports: ['_react.js'], css: ['assets/ui.css'] },
  '_table.js': { file: 'assets/table.js', imports: ['_ui.js'], css: ['assets/table.css'] },
  'src/app/console-app.tsx': { file: 'assets/console-app.js', imports: ['_ui.js', '_react.js'] },
  'src/app/console-shell.tsx': { file: 'assets/console-shell.js', imports: ['_ui.js'] },
  'src/features/jobs/components/jobs-page.tsx': {
    file: 'assets/jobs-page.js',
    imports: ['_table.js', '_ui.js'],
  },
  'src/app/routes/v2-job-route.tsx': { file: 'assets/v2-job.js', imports: ['_table.js'] },
  'src/features/auth/components/login-page.tsx': { file: 'assets/login.js', imports: ['_ui.js'] },
};

describe('pageModuleKeys: the pages of src/app/page-modules.ts', () => {
  it('finds every page of `paths` in the real file, each as a chunk of the build', () => {
    // a build in which every .tsx source is a chunk: the keys found are the file's own imports
    const anyTsx = new Proxy({} as Manifest, {
      get: (_, key) => (String(key).endsWith('.tsx') ? { file: 'assets/x.js' } : undefined),
    });
    const keys = pageModuleKeys(pageModulesSource, anyTsx);
    expect(Object.keys(keys).sort()).toEqual(Object.keys(paths).sort());
    expect(keys.jobs).toBe('src/features/jobs/components/jobs-page.tsx');
    expect(keys.v2Job).toBe('src/app/routes/v2-job-route.tsx');
  });

  it('refuses a page whose module is no chunk of the build', () => {
    expect(() => pageModuleKeys(pageModulesSource, manifest)).toThrow(
      /is not a chunk of the build/,
    );
  });
});

describe('pagePreloads', () => {
  const modules = {
    login: 'src/features/auth/components/login-page.tsx',
    jobs: 'src/features/jobs/components/jobs-page.tsx',
    v2Job: 'src/app/routes/v2-job-route.tsx',
  };
  const patterns = { login: '/login', jobs: '/jobs', v2Job: '/jobs/v2/:jobId' };

  it("gives the console's chunks beyond the entry's, then each page's beyond both (stylesheets first)", () => {
    expect(CONSOLE_MODULES).toEqual(['src/app/console-app.tsx', 'src/app/console-shell.tsx']);
    expect(pagePreloads(manifest, patterns, modules)).toEqual({
      signIn: '/login',
      console: [
        'assets/ui.css',
        'assets/console-app.js',
        'assets/ui.js',
        'assets/console-shell.js',
      ],
      pages: [
        { pattern: '/jobs', files: ['assets/table.css', 'assets/jobs-page.js', 'assets/table.js'] },
        {
          pattern: '/jobs/v2/:jobId',
          files: ['assets/table.css', 'assets/v2-job.js', 'assets/table.js'],
        },
      ],
    });
  });

  it('refuses a page without a pattern, and a build without a login page', () => {
    expect(() => pagePreloads(manifest, { login: '/login' }, modules)).toThrow(/no pattern/);
    expect(() => pagePreloads(manifest, { jobs: '/jobs', v2Job: '/x' }, modules)).toThrow(/login/);
  });
});
