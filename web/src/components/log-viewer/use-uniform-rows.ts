import { useCallback, useEffect, useState, type RefObject } from 'react';

/** A row to draw: its index in the list, its React key and its offset from the top (px). */
export interface RowItem {
  index: number;
  key: number;
  start: number;
}

export interface UniformRows {
  /** The rows in view, and `overscan` more on each side. */
  items: RowItem[];
  /** The height of the whole list (px). */
  totalSize: number;
  /** Scrolls so that `row` is in the middle of the viewport. */
  scrollToIndex: (row: number) => void;
}

interface Options {
  count: number;
  rowHeight: number;
  overscan: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** The viewport's height (px) until the element is measured (or when it has none: hidden). */
  initialHeight: number;
  /** False: nothing is observed and no row is drawn (another virtualizer draws them). */
  enabled: boolean;
  /**
   * Drawn without a browser (the server's drawing of the page, which cannot scroll): the rows that
   * fill the viewport at the end of the list, from its top — what a view following the end shows.
   */
  drawnAtEnd?: boolean;
}

interface Viewport {
  top: number;
  height: number;
}

/**
 * Windowing for rows of one height (the log viewer, lines not wrapped): which rows are in view is
 * arithmetic on the scroll position, whatever the count. A general virtualizer lays out every row
 * again whenever the count changes (@tanstack/virtual-core: ~60 ms for a 1,000,000-line log, on
 * each append of a live log); this costs the same for 22 lines and for a million.
 */
export function useUniformRows({
  count,
  rowHeight,
  overscan,
  scrollRef,
  initialHeight,
  enabled,
  drawnAtEnd = false,
}: Options): UniformRows {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: initialHeight });

  useEffect(() => {
    const el = scrollRef.current;
    if (!enabled || !el) return;
    const update = () => {
      const next = { top: el.scrollTop, height: el.clientHeight || initialHeight };
      setViewport((v) => (v.top === next.top && v.height === next.height ? v : next));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [scrollRef, enabled, initialHeight]);

  const scrollToIndex = useCallback(
    (row: number) => {
      const el = scrollRef.current;
      if (el)
        el.scrollTo({ top: Math.max(0, row * rowHeight - (el.clientHeight - rowHeight) / 2) });
    },
    [scrollRef, rowHeight],
  );

  const items: RowItem[] = [];
  if (enabled && drawnAtEnd) {
    const first = Math.max(0, count - Math.ceil(initialHeight / rowHeight));
    for (let index = first; index < count; index++)
      items.push({ index, key: index, start: (index - first) * rowHeight });
    return { items, totalSize: (count - first) * rowHeight, scrollToIndex };
  }
  if (enabled && count > 0) {
    const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
    const last = Math.min(
      count - 1,
      Math.ceil((viewport.top + viewport.height) / rowHeight) + overscan,
    );
    for (let index = first; index <= last; index++)
      items.push({ index, key: index, start: index * rowHeight });
  }
  return { items, totalSize: count * rowHeight, scrollToIndex };
}
