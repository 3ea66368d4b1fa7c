import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  pageHtml,
  preloadsFor,
  readPagePreloads,
  withPreloads,
  type PagePreloads,
} from './page-preloads.js';

const PRELOADS: PagePreloads = {
  signIn: '/login',
  console: ['assets/console-app-a.js', 'assets/shell-b.js'],
  pages: [
    { pattern: '/jobs', files: ['assets/jobs-page-c.js'] },
    { pattern: '/jobs/v2/create', files: ['assets/v2-create-e.js'] },
    { pattern: '/jobs/v2/:jobId', files: ['assets/v2-job-d.js', 'assets/shell-b.js'] },
    { pattern: '/configs/:configName/edit', files: ['assets/config-editor-f.js'] },
  ],
};
const HTML = '<!doctype html><html><head><title>x</title></head><body></body></html>';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-preloads-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('preloadsFor: the chunks of the page at an address', () => {
  it('gives the console, then the page the router would draw', () => {
    expect(preloadsFor(PRELOADS, '/jobs')).toEqual([
      'assets/console-app-a.js',
      'assets/shell-b.js',
      'assets/jobs-page-c.js',
    ]);
    // each file once
    expect(preloadsFor(PRELOADS, '/jobs/v2/abc')).toEqual([
      'assets/console-app-a.js',
      'assets/shell-b.js',
      'assets/v2-job-d.js',
    ]);
    expect(preloadsFor(PRELOADS, '/configs/my-config/edit').at(-1)).toBe(
      'assets/config-editor-f.js',
    );
  });

  it('prefers the pattern with more fixed segments, as the router ranks them', () => {
    expect(preloadsFor(PRELOADS, '/jobs/v2/create').at(-1)).toBe('assets/v2-create-e.js');
    expect(preloadsFor(PRELOADS, '/jobs/v2/created').at(-1)).toBe('assets/v2-job-d.js');
  });

  it('gives the console alone where no page matches, and nothing to the login page', () => {
    for (const nowhere of ['/', '/jobs/v3/x', '/jobs/v2/a/b', '/configs/x', '/login/'])
      expect(preloadsFor(PRELOADS, nowhere)).toEqual(PRELOADS.console);
    expect(preloadsFor(PRELOADS, '/login')).toEqual([]);
  });

  it('never gives a file the build did not list, whatever the address (fast-check)', () => {
    const listed = new Set([...PRELOADS.console, ...PRELOADS.pages.flatMap((p) => p.files)]);
    const segment = fc.oneof(
      fc.constantFrom('jobs', 'v2', 'create', 'configs', 'edit', 'login', '', '..', '%00'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (parts) => {
        const files = preloadsFor(PRELOADS, `/${parts.join('/')}`);
        expect(new Set(files).size).toBe(files.length);
        for (const f of files) expect(listed.has(f)).toBe(true);
      }),
      { seed: 1207, numRuns: 500 },
    );
  });
});

describe('withPreloads', () => {
  it('adds one modulepreload per file before </head>, none for a file already there', () => {
    const html = '<head><link rel="modulepreload" href="/assets/a.js"></head><body></body>';
    const out = withPreloads(html, ['assets/a.js', 'assets/b.js']);
    expect(out).toBe(
      '<head><link rel="modulepreload" href="/assets/a.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/b.js"></head><body></body>',
    );
  });

  it('adds several, in the order given', () => {
    expect(withPreloads(HTML, ['assets/a.js', 'assets/b.js'])).toBe(
      '<!doctype html><html><head><title>x</title>' +
        '<link rel="modulepreload" crossorigin href="/assets/a.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/b.js"></head><body></body></html>',
    );
  });

  it('links a stylesheet as a stylesheet (no crossorigin: Vite looks for the same href)', () => {
    expect(withPreloads(HTML, ['assets/s.css', 'assets/a.js'])).toBe(
      '<!doctype html><html><head><title>x</title>' +
        '<link rel="stylesheet" href="/assets/s.css">' +
        '<link rel="modulepreload" crossorigin href="/assets/a.js"></head><body></body></html>',
    );
    expect(
      withPreloads('<head><link rel="stylesheet" href="/assets/s.css"></head>', ['assets/s.css']),
    ).toBe('<head><link rel="stylesheet" href="/assets/s.css"></head>');
  });

  it('leaves a page without </head>, or with nothing to add, as it is', () => {
    expect(withPreloads('<body></body>', ['assets/a.js'])).toBe('<body></body>');
    expect(withPreloads(HTML, [])).toBe(HTML);
  });
});

describe('readPagePreloads', () => {
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads what the build wrote', async () => {
    expect(await readPagePreloads(write('ok.json', JSON.stringify(PRELOADS)))).toEqual(PRELOADS);
  });

  it('refuses (undefined) a missing file, bad JSON, and file names that are not chunks', async () => {
    expect(await readPagePreloads(path.join(dir, 'none.json'))).toBeUndefined();
    expect(await readPagePreloads(write('bad.json', '{"console": ['))).toBeUndefined();
    for (const file of [
      'assets/x.js"><script>alert(1)</script>',
      '../secret.js',
      'assets/a.css.map',
      'assets/a.html',
      'evil/assets/a.js',
      '/assets/a.js',
      'assets/a.js.map',
    ])
      expect(
        await readPagePreloads(
          write('evil.json', JSON.stringify({ ...PRELOADS, console: [file] })),
        ),
      ).toBeUndefined();
  });
});

describe('pageHtml', () => {
  it("serves index.html with the page's preloads, and reads both again when they change", async () => {
    const index = path.join(dir, 'index.html');
    const json = path.join(dir, 'page-preloads.json');
    fs.writeFileSync(index, HTML);
    const html = pageHtml(index, json);
    expect(await html('/jobs')).toBe(HTML); // no preloads written: the page as built
    fs.writeFileSync(json, JSON.stringify(PRELOADS));
    expect(await html('/jobs')).toContain('href="/assets/jobs-page-c.js"');
    expect(await html('/login')).toBe(HTML);
    fs.writeFileSync(index, HTML.replace('<title>x</title>', '<title>new build</title>'));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(index, later, later);
    const page = await html('/jobs/v2/x');
    expect(page).toContain('<title>new build</title>');
    expect(page).toContain('href="/assets/v2-job-d.js"');
  });

  it('fails with the file system error when index.html is missing', async () => {
    await expect(
      pageHtml(path.join(dir, 'gone.html'), path.join(dir, 'x.json'))('/jobs'),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
