// The catalogs against the code: every message the console shows through `t('…')` or `msg('…')` has
// its Chinese text, each translation keeps the message's {{placeholders}}, and no catalog keeps a
// message the code no longer shows. Read from the source's syntax tree (TypeScript's compiler API).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..');
const localeDir = (language: string) => join(src, 'locales', language);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Use {
  key: string;
  plural: boolean;
  where: string;
}

/** `t('…')`, `i18n.t('…')`, `msg('…')`; a template literal with a `${}` as the key is an error. */
export function messagesIn(text: string, where: string): { uses: Use[]; errors: string[] } {
  const file = ts.createSourceFile(where, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const uses: Use[] = [];
  const errors: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const [first, options] = node.arguments;
      if ((name === 't' || name === 'msg') && first) {
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) {
          const plural =
            !!options &&
            ts.isObjectLiteralExpression(options) &&
            options.properties.some(
              (p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'count',
            );
          uses.push({ key: first.text, plural, where: `${where}:${line}` });
        } else if (ts.isTemplateExpression(first)) {
          errors.push(`${where}:${line}: a message with \${…} cannot be translated; use {{name}}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { uses, errors };
}

function catalog(language: string): Map<string, { text: string; file: string }> {
  const entries = new Map<string, { text: string; file: string }>();
  for (const name of readdirSync(localeDir(language)).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(localeDir(language), name), 'utf8')) as Record<
      string,
      string
    >;
    for (const [key, text] of Object.entries(data)) {
      const seen = entries.get(key);
      if (seen && seen.text !== text) {
        throw new Error(`"${key}" is "${seen.text}" in ${seen.file} but "${text}" in ${name}`);
      }
      entries.set(key, { text, file: name });
    }
  }
  return entries;
}

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const scanned = sourceFiles(src).map((path) =>
  messagesIn(readFileSync(path, 'utf8'), relative(src, path)),
);
const uses = scanned.flatMap((s) => s.uses);
const zh = catalog('zh-CN');

describe('message catalogs', () => {
  it('reads t() and msg() keys, plural use and refuses ${} keys', () => {
    const found = messagesIn(
      "t('A {{n}}', { count: 2 }); i18n.t(`B`); msg('C'); t(label); t(`x ${y}`); other('D')",
      'x.tsx',
    );
    expect(found.uses.map((u) => [u.key, u.plural])).toEqual([
      ['A {{n}}', true],
      ['B', false],
      ['C', false],
    ]);
    expect(found.errors).toHaveLength(1);
  });

  it('every message keyed by a template literal is spelled with {{placeholders}}', () => {
    expect(scanned.flatMap((s) => s.errors)).toEqual([]);
  });

  it('every message shown has its Simplified Chinese text', () => {
    const missing = uses
      .filter((u) => !zh.has(u.plural ? `${u.key}_other` : u.key) && !zh.has(u.key))
      .map((u) => `${u.where}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('each translation keeps the placeholders of its message', () => {
    const wrong = [...zh]
      .filter(([key, { text }]) => placeholders(baseKey(key)).join() !== placeholders(text).join())
      .map(([key, { text }]) => `${key} → ${text}`);
    expect(wrong).toEqual([]);
  });

  it('no catalog keeps a message the code no longer shows', () => {
    const used = new Set(uses.map((u) => u.key));
    const stale = [...zh.keys()].filter((key) => !used.has(baseKey(key)));
    expect(stale).toEqual([]);
  });
});
