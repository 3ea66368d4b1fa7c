import type { ComponentType } from 'react';
import type { LoaderFunction } from 'react-router';

const RELOADED_KEY = 'console.chunk-reload';

/** What a failed page load may do; replaced in tests. */
export interface ReloadHost {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  reload: () => void;
}

const browserHost = (): ReloadHost => ({
  storage: window.sessionStorage,
  reload: () => window.location.reload(),
});

/**
 * A route's `lazy`: loads the page's chunk on first visit (and the route's loader `loaderOf` makes
 * from it, if any). When the chunk cannot be loaded (the
 * console was redeployed while the tab was open, so old chunk names are gone) the page reloads
 * once to get the new build; a second failure in a row reaches the route's error boundary.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  host: () => ReloadHost = browserHost,
  loaderOf: (module: M) => LoaderFunction | undefined = () => undefined,
) {
  return async (): Promise<{ Component: ComponentType; loader?: LoaderFunction }> => {
    const { storage, reload } = host();
    try {
      const module = await load();
      storage.removeItem(RELOADED_KEY);
      const loader = loaderOf(module);
      return loader ? { Component: module[name], loader } : { Component: module[name] };
    } catch (err) {
      if (storage.getItem(RELOADED_KEY)) throw err;
      storage.setItem(RELOADED_KEY, '1');
      reload();
      // The page is going away: never settle, so no error flashes before the reload.
      return new Promise(() => {});
    }
  };
}
