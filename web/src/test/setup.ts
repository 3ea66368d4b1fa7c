import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetLogs } from '../lib/log-memory.js';

// The browser's gaps in jsdom (a file that runs as the server, `@vitest-environment node`, has no DOM)
if (typeof window !== 'undefined') {
  // Mantine reads matchMedia and ResizeObserver, which jsdom does not implement.
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
  }
  // Mantine's autosize Textarea listens for font loads.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: {
        addEventListener: () => {},
        removeEventListener: () => {},
        ready: Promise.resolve(),
      },
    });
  }
  window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
}

// findBy*/waitFor wait for the element or condition, not for a time; their default deadline of 1 s
// is shorter than a first render of a lazy page on a loaded 2-core CI machine (seen: 1.2 s).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // the page's memory of the logs it showed (lib/log-memory.ts) lives as long as the module: one
  // test's lines must not be another's
  forgetLogs();
});
