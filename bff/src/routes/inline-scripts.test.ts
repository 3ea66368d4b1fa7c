import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, webInlineScriptHashes } from './inline-scripts.js';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline classic script, once', () => {
    const body = "(function () { document.documentElement.dataset.x = 'é'; })();";
    const html =
      `<head><script>${body}</script><SCRIPT type="text/javascript">\n a();\n</SCRIPT >` +
      `<script type=''>${body}</script><script id="x" nonce="n">b()</script></head>`;
    expect(inlineScriptHashes(html)).toEqual([sha(body), sha('\n a();\n'), sha('b()')]);
  });

  it('leaves out scripts with a file, modules, and data blocks', () => {
    const html =
      '<script src="/assets/a.js"></script><script type="module" src="/b.js"></script>' +
      '<script type="module">import "/c.js";</script>' +
      '<script type="application/json" id="console-state">{"a":1}</script>' +
      '<script defer SRC=/d.js></script>' +
      '<script src = "/e.js"></script><script type = "module">import "/f.js";</script>' +
      '<script type=module>import "/g.js";</script><script type=importmap>{}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('finds none in a page without scripts', () => {
    expect(inlineScriptHashes('<!doctype html><div id="root"></div>')).toEqual([]);
  });
});

describe('webInlineScriptHashes', () => {
  it("reads the web build's index.html; none without a build or without the file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'inline-scripts-'));
    try {
      expect(webInlineScriptHashes(undefined)).toEqual([]);
      expect(webInlineScriptHashes(dir)).toEqual([]);
      writeFileSync(path.join(dir, 'index.html'), '<head><script>run()</script></head>');
      expect(webInlineScriptHashes(dir)).toEqual([sha('run()')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
