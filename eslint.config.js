import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Zones are read from the repo root, whichever folder eslint runs in. */
const root = import.meta.dirname;

// Web layers (docs/ARCHITECTURE.md): one zone per feature folder, read from disk so a new feature
// is covered the moment its folder exists.
const webFeatures = readdirSync(new URL('./web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const PACKAGES = ['shared', 'bff', 'web', 'emulator'].map((p) => `${p}/tsconfig.json`);

/** The import-x plugin with the TypeScript resolver: what every import-boundary block needs. */
const importBoundaries = (project) => ({
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [
      createTypeScriptImportResolver({ noWarnOnMultipleProjects: true, project }),
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-server/**',
      '**/node_modules/**',
      '.data/**',
      'reports/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@console/*/src/*', '../../*/src/*'],
              message: 'No reaching into another package src/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every ModelArts path comes from its contract (shared/src/contracts) through lib/api-path.ts.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/**/*.test.{ts,tsx}', 'web/src/**/__fixtures__/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/\\/api\\/v[12]\\//]',
          message: 'Spell no ModelArts path: use apiPath(v1Endpoints.x / v2Endpoints.x).',
        },
        {
          selector: 'TemplateElement[value.raw=/\\/api\\/v[12]\\//]',
          message: 'Spell no ModelArts path: use apiPath(v1Endpoints.x / v2Endpoints.x).',
        },
      ],
    },
  },
  {
    // Import boundaries (docs/ARCHITECTURE.md): packages depend on shared only, never on each other;
    // zones of a package's own layers live in the blocks below. Tests and test support may cross.
    files: ['{shared,bff,web,emulator}/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test-support/**', '**/test/**'],
    ...importBoundaries(PACKAGES),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './shared/src',
              from: ['./bff', './web', './emulator', './e2e'],
              message: 'shared depends on nothing of ours.',
            },
            {
              target: './bff/src',
              from: ['./web', './emulator', './e2e'],
              message: 'Packages meet only in shared.',
            },
            {
              target: './web/src',
              from: ['./bff', './emulator', './e2e'],
              message: 'Packages meet only in shared.',
            },
            {
              target: './emulator/src',
              from: ['./bff', './web', './e2e'],
              message: 'Packages meet only in shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // Web layers (docs/ARCHITECTURE.md): app/ composes features; a feature imports only its own
    // folder, lib/, components/, config/ and shared; lib/, components/ and config/ import no
    // feature and not app/. Tests follow the same rules (a test that renders several features
    // lives in app/). The web's package zone is repeated: this block's zones replace the one above.
    files: ['web/src/**/*.{ts,tsx}'],
    ...importBoundaries(PACKAGES),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './web/src',
              from: ['./bff', './emulator', './e2e'],
              message: 'Packages meet only in shared.',
            },
            ...webFeatures.map((feature) => ({
              target: `./web/src/features/${feature}`,
              from: './web/src/features',
              except: [`./${feature}`],
              message: 'A feature imports no other feature: compose them in web/src/app/.',
            })),
            {
              target: './web/src/features',
              from: './web/src/app',
              message: 'Only app/ composes: a feature does not import app/.',
            },
            {
              target: ['./web/src/lib', './web/src/components', './web/src/config'],
              from: ['./web/src/features', './web/src/app'],
              message:
                'lib/, components/ and config/ are shared: they import no feature and not app/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Emulator layers (docs/ARCHITECTURE.md, emulator/README.md): http → domain ← runner → store.
    // store imports no other layer; domain no http or runner; runner no http; runner/common
    // neither v1 nor v2; the shared helpers (logger, paths, long-timeout, demo-account) no layer;
    // no layer the composition root (emulator.ts, main.ts). Tests and test support may cross.
    files: ['emulator/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*test-support.ts'],
    ...importBoundaries(['emulator/tsconfig.json']),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: `${root}/emulator/src`,
          zones: [
            {
              // the package boundary of the block above, which this block's zones replace here
              target: '.',
              from: ['../../bff', '../../web', '../../e2e'],
              message: 'Packages meet only in shared.',
            },
            {
              target: './store',
              from: ['./http', './domain', './runner', './emulator.ts', './main.ts'],
              message: 'store/ holds persistent state and imports no other layer.',
            },
            {
              target: './domain',
              from: ['./http', './runner', './emulator.ts', './main.ts'],
              message:
                'domain/ holds rules: no HTTP, no processes (import it, do not let it import those).',
            },
            {
              target: './runner',
              from: ['./http', './emulator.ts', './main.ts'],
              message: 'runner/ never imports the HTTP layer.',
            },
            {
              target: './runner/common',
              from: ['./runner/v1', './runner/v2'],
              message: 'runner/common serves v1 and v2; it imports neither.',
            },
            {
              target: './runner/v1',
              from: ['./runner/v2'],
              message: 'v1 and v2 runners stay apart.',
            },
            {
              target: './runner/v2',
              from: ['./runner/v1'],
              message: 'v1 and v2 runners stay apart.',
            },
            {
              target: './domain/v1',
              from: ['./domain/v2'],
              message: 'v1 rules know nothing of v2.',
            },
            {
              target: './http',
              from: ['./emulator.ts', './main.ts'],
              message: 'The composition root builds the HTTP layer, not the other way round.',
            },
            {
              target: ['./logger.ts', './paths.ts', './long-timeout.ts', './demo-account.ts'],
              from: ['./http', './domain', './runner', './store'],
              message: 'The shared helpers import no layer.',
            },
          ],
        },
      ],
    },
  },
);
