import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('index.html and the CSP', () => {
  // The BFF's CSP allows scripts from 'self', and the inline scripts of the page it serves by their
  // hash: the build writes the colour scheme's into the built page (scripts/inline-script.ts); the
  // source page has none, and Vite adds only external <script src> tags.
  it('has no inline script and no inline event handler', () => {
    const html = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('the icon', () => {
  // without one the browser asks for /favicon.ico on every page load, which the BFF answers with the
  // console's page (and, signed in, asks its renderer about)
  it('is a file the build ships, named in <head>', () => {
    const html = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
    const href = /<link rel="icon" href="(\/[\w.-]+)" type="image\/svg\+xml" \/>/.exec(html)?.[1];
    expect(href).toBe('/favicon.svg');
    expect(html.indexOf('rel="icon"')).toBeLessThan(html.indexOf('</head>'));
    const svg = fs.readFileSync(path.join(WEB, 'public', href!.slice(1)), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|\son[a-z]+=|href=/i);
  });
});

describe('the colour scheme before the first paint (public/color-scheme.js)', () => {
  const html = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
  const script = fs.readFileSync(path.join(WEB, 'public', 'color-scheme.js'), 'utf8');
  const run = () => {
    document.documentElement.removeAttribute('data-mantine-color-scheme');
    // the file's own code, as the browser runs it (it is plain script, no imports)
    new Function(script)();
    return document.documentElement.getAttribute('data-mantine-color-scheme');
  };

  it('is loaded in <head>, before the app', () => {
    expect(html.indexOf('src="/color-scheme.js"')).toBeGreaterThan(0);
    expect(html.indexOf('src="/color-scheme.js"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('takes the choice remembered by the toggle, else the system preference', () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      ...original(query),
      matches: query.includes('dark'),
    })) as typeof window.matchMedia;
    try {
      localStorage.removeItem('mantine-color-scheme-value');
      expect(run()).toBe('dark');
      localStorage.setItem('mantine-color-scheme-value', 'light');
      expect(run()).toBe('light');
      localStorage.setItem('mantine-color-scheme-value', 'auto');
      expect(run()).toBe('dark');
    } finally {
      window.matchMedia = original;
      localStorage.clear();
    }
  });
});
