import { LogLinesPageSchema } from '@console/shared';
import { useEffect, useState } from 'react';
import { apiRequest } from '../../lib/api-client.js';
import { LogPageCache, type MissingLine } from '../../lib/log-pages.js';

/** Where a log's lines are read by number (shared/src/console/log-lines.ts). */
export interface OlderLinesSource {
  path: string;
  /** More of the query (v1: `log_file`). */
  query?: Record<string, string>;
}

/** How long the screen must stay put before its pages are read (a fling reads nothing). */
const SETTLE_MS = 90;
/** Reads under way at most; the others wait for a slot. */
const AT_ONCE = 3;

/** The reads of one viewer's pages: a queue, `AT_ONCE` at a time, dropped pages cancelled. */
class PageReader {
  readonly cache = new LogPageCache();
  private source: OlderLinesSource | undefined;
  private readonly reads = new Map<number, AbortController>();
  private queue: number[] = [];

  constructor(private readonly changed: () => void) {}

  /** Where the pages are read from (the viewer's current log). */
  readFrom(source: OlderLinesSource | undefined): void {
    this.source = source;
  }

  want(first: number, last: number): void {
    const { fetch, dropped } = this.cache.want(first, last);
    for (const p of dropped) {
      this.reads.get(p)?.abort();
      this.reads.delete(p);
    }
    const gone = new Set(dropped);
    this.queue = [...this.queue.filter((p) => !gone.has(p)), ...fetch];
    if (fetch.length > 0 || dropped.length > 0) this.changed();
    this.pump();
  }

  private pump(): void {
    const src = this.source;
    while (src && this.reads.size < AT_ONCE && this.queue.length > 0) {
      const p = this.queue.shift()!;
      const controller = new AbortController();
      this.reads.set(p, controller);
      const { from, count } = this.cache.rangeOf(p);
      apiRequest(src.path, {
        query: { ...src.query, from, count },
        schema: LogLinesPageSchema,
        signal: controller.signal,
      })
        .then(
          (page) => this.cache.fill(p, page.lines),
          () => {
            if (!controller.signal.aborted) this.cache.fail(p);
          },
        )
        .finally(() => {
          if (this.reads.get(p) === controller) this.reads.delete(p);
          this.changed();
          this.pump();
        });
    }
  }

  /** Pages being read or waiting to be. */
  get busy(): boolean {
    return this.reads.size > 0 || this.queue.length > 0;
  }

  stop(): void {
    for (const c of this.reads.values()) c.abort();
    this.reads.clear();
    this.queue = [];
  }
}

/**
 * The lines of a log before those the live tail holds, by page (lib/log-pages.ts): the pages
 * around lines `first`…`last` (what is on screen) are read once the screen settles; pages far from
 * it are dropped (a read of one under way is cancelled) and read again when scrolled back to.
 * `line(n)` gives a line's text, or how it is missing; `revision` changes when a page arrives.
 */
export function useOlderLines(
  source: OlderLinesSource | undefined,
  first: number,
  last: number,
): { line: (n: number) => string | MissingLine | undefined; loading: boolean; revision: number } {
  const [revision, setRevision] = useState(0);
  const [reader] = useState(() => new PageReader(() => setRevision((r) => r + 1)));

  useEffect(() => {
    reader.readFrom(source);
  }, [reader, source]);

  const wanted = source !== undefined && first >= 1 && last >= first;
  useEffect(() => {
    if (!wanted) return;
    const timer = setTimeout(() => reader.want(first, last), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [wanted, first, last, reader]);

  useEffect(() => () => reader.stop(), [reader]);

  return { line: (n: number) => reader.cache.line(n), loading: reader.busy, revision };
}
