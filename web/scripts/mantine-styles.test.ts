import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleStyles, coreImports } from './mantine-styles.js';

// jsdom (this project's environment) gives import.meta.url an http: scheme; dirname is the file's folder
const web = join(import.meta.dirname, '..');
const sources = readdirSync(join(web, 'src'), { recursive: true })
  .map(String)
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => join(web, 'src', f));
const imported = (css: string) =>
  [...css.matchAll(/@import '@mantine\/core\/styles\/([\w-]+)\.css';/g)].map((m) => m[1]);

describe("the console's Mantine stylesheets (src/app/mantine-styles.css)", () => {
  it('are exactly those of the components it uses and what they are built from, in order', () => {
    const listed = imported(readFileSync(join(web, 'src/app/mantine-styles.css'), 'utf8'));
    expect(listed).toEqual(consoleStyles(web, sources));
  });

  it('follow the package: a Button needs UnstyledButton and Loader; order is the package’s', () => {
    const probe = join(web, 'src/app/mantine-styles.css');
    const styles = consoleStyles(web, [probe]);
    // no code named: only what the other Mantine packages the console uses need, and the globals
    expect(styles.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
    expect(styles).toContain('Notification');
    expect(
      coreImports(["import { Button, type MantineSize, Tabs as T } from '@mantine/core';"]),
    ).toEqual(new Set(['Button', 'MantineSize', 'Tabs']));
  });

  it('is imported instead of the whole styles.css', () => {
    const provider = readFileSync(join(web, 'src/app/console-mantine.tsx'), 'utf8');
    expect(provider).toContain("import './mantine-styles.css';");
    expect(provider).not.toContain('@mantine/core/styles.css');
  });
});
