import { createTheme, MantineProvider, Popover } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

/**
 * jsdom lays nothing out: every element is a 0×0 box at the origin, which floating-ui's "hide"
 * middleware reads as a menu target scrolled out of view. Popovers (menus, selects) would then get
 * `display: none` whenever that asynchronous check lands before a test looks at them (under load it
 * does: a flaky test). In a browser the target is visible; here dropdowns stay shown while open.
 */
export const jsdomTheme = createTheme({
  components: { Popover: Popover.extend({ defaultProps: { hideDetached: false } }) },
});

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/** Renders `element` at `path` (matching `route`) inside the app's providers. */
export function renderRoute(
  element: ReactElement,
  options: { path?: string; route?: string; queryClient?: QueryClient } = {},
) {
  const path = options.path ?? '/';
  const route = options.route ?? path;
  const queryClient = options.queryClient ?? createTestQueryClient();
  const router = createMemoryRouter(
    [
      { path: route, element },
      { path: '*', element: <div data-testid="elsewhere" /> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <MantineProvider theme={jsdomTheme}>
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications />
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, router, queryClient };
}

/** A `fetch` stub answering JSON by `METHOD path` (path without the query string). */
export function jsonFetch(routes: Record<string, { status?: number; body: unknown }>) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const answer = routes[key];
    if (!answer)
      return new Response(JSON.stringify({ error_code: 'Test.404', error_msg: key }), {
        status: 404,
      });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}
