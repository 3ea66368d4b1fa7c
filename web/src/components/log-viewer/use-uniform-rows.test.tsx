import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { useUniformRows } from './use-uniform-rows.js';

/** A scrolling element as a browser lays it out: `height` tall, scrolled by `scrollTo`. */
function viewport(height: number) {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: height });
  let top = 0;
  Object.defineProperty(el, 'scrollTop', { configurable: true, get: () => top });
  el.scrollTo = vi.fn((options?: ScrollToOptions | number) => {
    top = typeof options === 'object' ? (options.top ?? 0) : 0;
    el.dispatchEvent(new Event('scroll'));
  }) as typeof el.scrollTo;
  return { el, scroll: (to: number) => act(() => el.scrollTo({ top: to })) };
}

const rows = (count: number, el: HTMLElement | null, enabled = true) =>
  renderHook(
    (props: { count: number }) =>
      useUniformRows({
        count: props.count,
        rowHeight: 20,
        overscan: 5,
        scrollRef: { current: el },
        initialHeight: 100,
        enabled,
      }),
    { initialProps: { count } },
  );

describe('useUniformRows: the rows in view by arithmetic', () => {
  it('draws the rows in view and the overscan, wherever the list is scrolled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 20, max: 900 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, height, at) => {
          const { el, scroll } = viewport(height);
          const { result, unmount } = rows(count, el);
          const top = Math.floor(at * Math.max(0, count * 20 - height));
          scroll(top);
          const { items, totalSize } = result.current;
          expect(totalSize).toBe(count * 20);
          const first = Math.max(0, Math.floor(top / 20) - 5);
          const last = Math.min(count - 1, Math.ceil((top + height) / 20) + 5);
          expect(items.map((i) => i.index)).toEqual(
            Array.from({ length: last - first + 1 }, (_, k) => first + k),
          );
          for (const item of items) {
            expect(item.start).toBe(item.index * 20);
            expect(item.key).toBe(item.index);
          }
          unmount();
        },
      ),
      { seed: 1207, numRuns: 150 },
    );
  });

  it('follows the list as it grows, and draws nothing for an empty or disabled list', () => {
    const { el } = viewport(100);
    const { result, rerender } = rows(3, el);
    expect(result.current.items.map((i) => i.index)).toEqual([0, 1, 2]);
    rerender({ count: 1_000_000 });
    expect(result.current.items.map((i) => i.index)).toEqual(
      Array.from({ length: 11 }, (_, k) => k),
    );
    rerender({ count: 0 });
    expect(result.current.items).toEqual([]);
    expect(result.current.totalSize).toBe(0);
    expect(rows(50, viewport(100).el, false).result.current.items).toEqual([]);
  });

  it('uses the expected height before the element is laid out (hidden, or not yet there)', () => {
    // 100 px of 20 px rows, 5 more below
    expect(rows(1000, viewport(0).el).result.current.items).toHaveLength(11);
    expect(rows(1000, null).result.current.items).toHaveLength(11);
  });

  it('scrolls a row to the middle of the viewport, never above the top', () => {
    const { el } = viewport(100);
    const { result } = rows(1_000_000, el);
    act(() => result.current.scrollToIndex(500_000));
    expect(el.scrollTo).toHaveBeenLastCalledWith({ top: 500_000 * 20 - 40 });
    expect(el.scrollTop).toBe(500_000 * 20 - 40);
    expect(result.current.items.some((i) => i.index === 500_000)).toBe(true);
    act(() => result.current.scrollToIndex(1));
    expect(el.scrollTop).toBe(0);
  });

  it('stops following the element once unmounted', () => {
    const { el, scroll } = viewport(100);
    const remove = vi.spyOn(el, 'removeEventListener');
    const { unmount } = rows(100, el);
    unmount();
    expect(remove).toHaveBeenCalledWith('scroll', expect.any(Function));
    scroll(400); // no update of an unmounted hook (React would warn)
  });

  it('draws more rows when the viewport grows (a resize, not a scroll)', () => {
    const observers: { callback: () => void; observed: Element[]; disconnected: boolean }[] = [];
    const real = window.ResizeObserver;
    // the test setup's stand-in is writable, not configurable: replaced and put back by hand
    window.ResizeObserver = class {
      private readonly record;
      constructor(callback: () => void) {
        this.record = { callback, observed: [] as Element[], disconnected: false };
        observers.push(this.record);
      }
      observe(el: Element) {
        this.record.observed.push(el);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    } as unknown as typeof ResizeObserver;
    try {
      let height = 100;
      const el = document.createElement('div');
      Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => height });
      const { result, unmount } = rows(1000, el);
      expect(result.current.items).toHaveLength(11);
      expect(observers[0]?.observed).toEqual([el]);
      height = 400;
      act(() => observers[0]!.callback());
      expect(result.current.items).toHaveLength(26);
      unmount();
      expect(observers[0]?.disconnected).toBe(true);
    } finally {
      window.ResizeObserver = real;
    }
  });
  it('drawn on the server while following: the rows filling the viewport at the end, from the top', () => {
    const drawn = (count: number, initialHeight: number) =>
      renderHook(() =>
        useUniformRows({
          count,
          rowHeight: 20,
          overscan: 5,
          scrollRef: { current: null },
          initialHeight,
          enabled: true,
          drawnAtEnd: true,
        }),
      ).result.current;
    const end = drawn(1_000, 100);
    expect(end.items.map((r) => r.index)).toEqual([995, 996, 997, 998, 999]);
    expect(end.items.map((r) => r.start)).toEqual([0, 20, 40, 60, 80]);
    expect(end.totalSize).toBe(100);
    // a height between rows still fills the viewport; fewer rows than it holds: all of them
    expect(drawn(1_000, 110).items.map((r) => r.index)).toEqual([994, 995, 996, 997, 998, 999]);
    const few = drawn(3, 100);
    expect(few.items.map((r) => [r.index, r.start])).toEqual([
      [0, 0],
      [1, 20],
      [2, 40],
    ]);
    expect(few.totalSize).toBe(60);
    expect(drawn(0, 100).items).toEqual([]);
  });
});
