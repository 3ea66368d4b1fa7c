import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS } from './chunk-groups.js';

const groupOf = (id: string): string | undefined => CHUNK_GROUPS.find((g) => g.test.test(id))?.name;

const nm = (path: string) => `/repo/node_modules/.pnpm/x@1/node_modules/${path}`;

describe('chunk groups', () => {
  it('keeps React apart from the router and React Query', () => {
    expect(groupOf(nm('react-dom/cjs/react-dom-client.production.js'))).toBe('react');
    expect(groupOf(nm('react/index.js'))).toBe('react');
    expect(groupOf(nm('scheduler/index.js'))).toBe('react');
    expect(groupOf(nm('react-router/dist/production/index.mjs'))).toBe('console');
    expect(groupOf(nm('@tanstack/query-core/build/modern/query.js'))).toBe('console');
    expect(groupOf(nm('@tanstack/react-query/build/modern/useQuery.js'))).toBe('console');
    expect(groupOf(nm('react-is/index.js'))).toBeUndefined();
  });

  it('puts the console start in the console chunk, and nothing of the sign-in screen', () => {
    expect(groupOf('/repo/web/src/app/router.tsx')).toBe('console');
    expect(groupOf('C:\\repo\\web\\src\\app\\providers.tsx')).toBe('console');
    // loaded by import(): never in a group (its exports would be lost)
    expect(groupOf('/repo/web/src/app/console-app.tsx')).toBeUndefined();
    expect(groupOf('/repo/web/src/app/sign-in-entry.tsx')).toBeUndefined();
    expect(groupOf('/repo/web/src/app/console-mantine.tsx')).toBeUndefined();
    expect(groupOf('/repo/web/src/app/console-shell.tsx')).toBeUndefined();
  });

  it('takes only the design-system parts the sign-in screen draws', () => {
    const mantine = (p: string) => nm(`@mantine/core/esm/${p}`);
    expect(groupOf(mantine('components/PasswordInput/PasswordInput.mjs'))).toBe('mantine-sign-in');
    expect(groupOf(mantine('components/Input/Input.mjs'))).toBe('mantine-sign-in');
    expect(groupOf(mantine('core/MantineProvider/MantineProvider.mjs'))).toBe('mantine-sign-in');
    expect(groupOf(nm('@mantine/hooks/esm/use-id/use-id.mjs'))).toBe('mantine-sign-in');
    // near names are not the same component
    expect(groupOf(mantine('components/InputsGroupFieldset/X.mjs'))).toBeUndefined();
    expect(groupOf(mantine('components/TextInputs/X.mjs'))).toBeUndefined();
    expect(groupOf(mantine('components/Select/Select.mjs'))).toBeUndefined();
    expect(groupOf(mantine('components/Table/Table.mjs'))).toBeUndefined();
    expect(groupOf(nm('@mantine/hooks/esm/use-disclosure/use-disclosure.mjs'))).toBeUndefined();
    expect(groupOf(nm('@mantine/modals/esm/index.mjs'))).toBeUndefined();
  });
});
