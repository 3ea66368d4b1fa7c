import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render.js';
import { LogViewer } from './log-viewer.js';

const TAIL = Array.from({ length: 100 }, (_, i) => `tail line ${5001 + i}`);
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');

describe('LogViewer over a log longer than it holds', () => {
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 400,
    });
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
      configurable: true,
      value(this: HTMLElement, o?: ScrollToOptions) {
        this.scrollTop = o?.top ?? 0;
        this.dispatchEvent(new Event('scroll'));
      },
    });
  });
  afterEach(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
    Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo');
    vi.unstubAllGlobals();
  });

  it('spans the whole log: a line before those held shows loading, then its text, marked', async () => {
    const fetch = vi.fn(async (url: string) => {
      const from = Number(new URL(url, 'http://x').searchParams.get('from'));
      const lines = Array.from({ length: 500 }, (_, i) => `older line ${from + i}`);
      return new Response(JSON.stringify({ from, lines }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    renderRoute(
      <LogViewer
        lines={TAIL}
        revision={1}
        firstLine={5001}
        targetLine={12}
        olderLines={{ path: '/api/logs/v2/j/worker-0/lines' }}
      />,
    );
    const row = () => document.querySelector('[data-line-number="12"]');
    expect(row()?.getAttribute('aria-current')).toBe('true');
    expect(row()?.getAttribute('data-line-loading')).toBe('true');
    await waitFor(() => expect(row()?.textContent).toContain('older line 12'));
    expect(row()?.getAttribute('aria-current')).toBe('true');
    expect(row()?.hasAttribute('data-line-loading')).toBe(false);
    const asked = fetch.mock.calls.map(([u]) => new URL(u, 'http://x').searchParams);
    expect(asked[0]?.get('from')).toBe('1');
    expect(asked[0]?.get('count')).toBe('500');
    // only the pages near the screen: line 12 and one page after it
    expect(asked.map((q) => q.get('from'))).toEqual(['1', '501']);
  });
});
