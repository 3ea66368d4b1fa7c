import type { AomRead } from '../log-tail/aom-first-page.js';
import { AomLineIndex } from './aom-line-index.js';
import type { PageSpool } from './page-spool.js';
import type { SpoolStore } from './spool-store.js';

interface Entry {
  index: Promise<AomLineIndex>;
  spool: PageSpool | undefined;
  /** The log's latest lines, once the walk has read them (its first read). */
  latest: Promise<string[]>;
  walked: boolean;
}

/**
 * The line indexes of the v1 logs paged through lately (cursors, and with `spools` a local copy
 * of their text: spool-store.ts), least recently used dropped beyond `max` (a spool with its
 * index; the spools' byte cap evicts the least recently used too). One walk per log at a time:
 * concurrent first requests share it; a walk that fails is forgotten, so the next request walks
 * again. Access stays the upstream's: every `get` makes an upstream read with the caller's token.
 */
export class AomIndexCache {
  private readonly indexes = new Map<string, Entry>();

  constructor(
    private readonly max = 16,
    private readonly maxPages = 20_000,
    private readonly spools?: SpoolStore,
  ) {}

  async get(key: string, read: AomRead): Promise<AomLineIndex> {
    const known = this.indexes.get(key);
    // an index of a log that was still empty is walked again (it has no cursor to read on from)
    if (known && (await known.index.catch(() => undefined))?.pageCount === 0)
      this.forget(key, known);
    else if (known) {
      // most recently used last
      this.indexes.delete(key);
      this.indexes.set(key, known);
      this.spools?.touch(key);
      const index = await known.index;
      await index.extend(read);
      return index;
    }
    // evicted for room (by another log's spool) with its index
    const spool = this.spools?.create(key, () => this.forget(key, entry));
    let gotLatest: (lines: string[]) => void = () => undefined;
    const latest = new Promise<string[]>((resolve) => (gotLatest = resolve));
    const entry: Entry = {
      index: AomLineIndex.build(read, this.maxPages, spool, gotLatest),
      spool,
      latest,
      walked: false,
    };
    this.indexes.set(key, entry);
    entry.index.then(
      () => (entry.walked = true),
      () => {
        gotLatest([]);
        this.forget(key, entry);
      },
    );
    while (this.indexes.size > this.max) {
      const [oldest, old] = this.indexes.entries().next().value ?? [];
      if (oldest === undefined || !old) break;
      this.forget(oldest, old);
    }
    return entry.index;
  }

  /**
   * The latest lines of a log whose index is being walked — the walk is started when none is
   * (with `read`'s token; the first `get` then shares it) — for a viewer to see while the walk
   * goes on. Undefined once the log is indexed (its stream starts at once) or when the walk fails
   * (its reader says why).
   */
  async latestWhileWalking(key: string, read: AomRead): Promise<string[] | undefined> {
    const known = this.indexes.get(key);
    if (known?.walked) return undefined;
    const entry = known ?? (void this.get(key, read).catch(() => undefined), this.indexes.get(key));
    const lines = await entry?.latest;
    return lines?.length ? lines : undefined;
  }

  /** Drops an entry (if still the one cached for `key`) and its spool. */
  private forget(key: string, entry: Entry): void {
    if (this.indexes.get(key) === entry) this.indexes.delete(key);
    this.spools?.drop(entry.spool);
  }

  /** The key of one v1 log file in the cache. */
  static keyOf(t: {
    projectId: string;
    jobId: string;
    versionId: string;
    logFile: string;
  }): string {
    return JSON.stringify([t.projectId, t.jobId, t.versionId, t.logFile]);
  }

  get size(): number {
    return this.indexes.size;
  }
}
