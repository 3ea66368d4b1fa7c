import { useLayoutEffect, useRef, type RefObject } from 'react';

interface Options {
  wrap: boolean;
  following: boolean;
  rowHeight: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** The first row in view while wrapped (the measuring virtualizer's range). */
  wrappedTop: () => number;
  /** Puts `row` at the top while wrapped. */
  scrollWrappedTo: (row: number) => void;
  scrollToEnd: () => void;
}

/**
 * Wrapping lines on or off keeps the view: the two layouts are drawn by different windowing code
 * (use-uniform-rows.ts unwrapped, the measuring virtualizer wrapped) and the list's height is
 * briefly another in between, so the browser would clamp the scroll to the top. The row at the top
 * before the switch is put back at the top after it (the end, while following). Returns what to
 * call just before `wrap` changes.
 */
export function useWrapAnchor(o: Options): () => void {
  const anchor = useRef<number | 'end' | null>(null);
  // after every render, before paint: only the render that follows a switch finds an anchor
  useLayoutEffect(() => {
    const at = anchor.current;
    anchor.current = null;
    if (at === 'end') o.scrollToEnd();
    else if (at !== null && o.wrap) o.scrollWrappedTo(at);
    else if (at !== null) o.scrollRef.current?.scrollTo({ top: at * o.rowHeight });
  });
  return () => {
    const top = o.scrollRef.current?.scrollTop ?? 0;
    anchor.current = o.following ? 'end' : o.wrap ? o.wrappedTop() : Math.floor(top / o.rowHeight);
  };
}
