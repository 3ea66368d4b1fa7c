import { describe, expect, it, vi } from 'vitest';
import { lazyPage, type ReloadHost } from './lazy-page.js';

function fakeHost() {
  const items = new Map<string, string>();
  const host: ReloadHost = {
    storage: {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    },
    reload: vi.fn(),
  };
  return { host, items };
}

const Page = () => null;

describe('lazyPage', () => {
  it('loads the page component by name', async () => {
    const { host } = fakeHost();
    const route = lazyPage(
      async () => ({ Page }),
      'Page',
      () => host,
    );
    expect((await route()).Component).toBe(Page);
    expect(host.reload).not.toHaveBeenCalled();
  });

  it('reloads once when the chunk is gone, then lets a second failure through', async () => {
    const { host, items } = fakeHost();
    const gone = lazyPage(
      () =>
        Promise.reject<{ Page: typeof Page }>(
          new TypeError('Failed to fetch dynamically imported module'),
        ),
      'Page',
      () => host,
    );
    void gone();
    await vi.waitFor(() => expect(host.reload).toHaveBeenCalledTimes(1));
    await expect(gone()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(host.reload).toHaveBeenCalledTimes(1);
    // A later successful load clears the mark, so a future redeploy reloads again.
    await lazyPage(
      async () => ({ Page }),
      'Page',
      () => host,
    )();
    expect(items.size).toBe(0);
  });
});
