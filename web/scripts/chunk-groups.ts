/**
 * How the build splits libraries into chunks (vite.config.ts: `codeSplitting.groups`). Measured by
 * the first-screen budget (bundle-budget.ts): the signed-out login page loads the `react` and
 * `mantine-sign-in` chunks only; signing in adds `console` and the job list's own chunks.
 *
 * Few, larger chunks compress better than many small ones (brotli learns from what it has seen in
 * the same file): grouping what each screen needs anyway keeps the first screen from paying for
 * the split (without these groups: login 90.2 kB, first screen 252.4 kB; with them 88.1 / 246.6).
 */

const sep = '[\\\\/]';
const anyOf = (names: readonly string[]) => `(${names.join('|')})`;

/** React itself: every page. */
const REACT = new RegExp(`node_modules${sep}${anyOf(['react', 'react-dom', 'scheduler'])}${sep}`);

/**
 * The console once signed in: the router, React Query and what app/console-app.tsx renders first.
 * Never on the signed-out login page. Only statically imported modules: a module loaded by
 * `import()` (console-app.tsx itself, the pages) in a group chunk loses its exports (rolldown
 * 1.2: "Export 'console_app_exports' is not defined", a blank page after sign-in).
 */
const CONSOLE = new RegExp(
  `node_modules${sep}(react-router|@tanstack${sep}(react-query|query-core))${sep}` +
    `|src${sep}app${sep}${anyOf([
      'router',
      'providers',
      'lazy-page',
      'route-error-boundary',
      'not-found-page',
    ])}\\.tsx?$`,
);

/**
 * The parts of the design system the sign-in screen draws (features/auth/components/
 * sign-in-screen.tsx and its forms): its provider and layout, inputs, buttons, alerts. A component
 * listed here and not used by the sign-in screen would load with it: keep the list to what it uses.
 */
const SIGN_IN_MANTINE = new RegExp(
  `@mantine${sep}(` +
    `core${sep}esm${sep}core${sep}${anyOf(['MantineProvider', 'Box', 'styles-api', 'utils', 'InlineStyles', 'factory'])}` +
    `|core${sep}esm${sep}components${sep}${anyOf([
      'Alert',
      'ActionIcon',
      'Button',
      'Center',
      'CloseButton',
      'Input',
      'InputBase',
      'Loader',
      'Paper',
      'PasswordInput',
      'Skeleton',
      'Stack',
      'Text',
      'TextInput',
      'Title',
      'Transition',
      'UnstyledButton',
    ])}` +
    `|hooks${sep}esm${sep}(utils${sep}random-id|${anyOf([
      'use-did-update',
      'use-id',
      'use-isomorphic-effect',
      'use-media-query',
      'use-reduced-motion',
      'use-uncontrolled',
    ])})` +
    `)${sep}`,
);

export const CHUNK_GROUPS = [
  { name: 'react', test: REACT },
  // only the modules named: what they import stays in the chunks of whoever else needs it
  { name: 'console', test: CONSOLE, includeDependenciesRecursively: false },
  { name: 'mantine-sign-in', test: SIGN_IN_MANTINE, includeDependenciesRecursively: false },
];
