import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useWrapAnchor } from './use-wrap-anchor.js';

function setup(start: { wrap: boolean; following: boolean }, scrollTop = 0) {
  const el = document.createElement('div');
  Object.defineProperty(el, 'scrollTop', { configurable: true, value: scrollTop });
  el.scrollTo = vi.fn() as typeof el.scrollTo;
  const calls = { scrollWrappedTo: vi.fn(), scrollToEnd: vi.fn(), wrappedTop: vi.fn(() => 7) };
  const view = renderHook(
    (p: { wrap: boolean; following: boolean }) =>
      useWrapAnchor({ ...p, rowHeight: 20, scrollRef: { current: el }, ...calls }),
    { initialProps: start },
  );
  return { el, ...calls, ...view };
}

describe('useWrapAnchor: a wrap switch keeps the view', () => {
  it('puts the row that was at the top back at the top, either way', () => {
    const on = setup({ wrap: false, following: false }, 800);
    on.result.current();
    on.rerender({ wrap: true, following: false });
    expect(on.scrollWrappedTo).toHaveBeenCalledWith(40);
    expect(on.el.scrollTo).not.toHaveBeenCalled();

    const off = setup({ wrap: true, following: false });
    off.result.current();
    off.rerender({ wrap: false, following: false });
    expect(off.wrappedTop).toHaveBeenCalled();
    expect(off.el.scrollTo).toHaveBeenCalledWith({ top: 140 });
    expect(off.scrollWrappedTo).not.toHaveBeenCalled();
  });

  it('keeps following the end', () => {
    const h = setup({ wrap: false, following: true }, 800);
    h.result.current();
    h.rerender({ wrap: true, following: true });
    expect(h.scrollToEnd).toHaveBeenCalledTimes(1);
    expect(h.scrollWrappedTo).not.toHaveBeenCalled();
  });

  it('moves nothing on a render that follows no switch, and only once after one', () => {
    const h = setup({ wrap: false, following: false }, 800);
    h.rerender({ wrap: false, following: false });
    expect(h.el.scrollTo).not.toHaveBeenCalled();
    h.result.current();
    h.rerender({ wrap: true, following: false });
    h.rerender({ wrap: true, following: false });
    expect(h.scrollWrappedTo).toHaveBeenCalledTimes(1);
    expect(h.scrollToEnd).not.toHaveBeenCalled();
  });
});
