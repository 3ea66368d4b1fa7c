import type { AomRead } from '../log-tail/aom-first-page.js';
import { AomLineIndex } from './aom-line-index.js';

/**
 * The line indexes of the v1 logs paged through lately (cursors only, no text), least recently
 * used dropped beyond `max`. One walk per log at a time: concurrent first requests share it; a
 * walk that fails is forgotten, so the next request walks again.
 */
export class AomIndexCache {
  private readonly indexes = new Map<string, Promise<AomLineIndex>>();

  constructor(
    private readonly max = 16,
    private readonly maxPages = 20_000,
  ) {}

  async get(key: string, read: AomRead): Promise<AomLineIndex> {
    const known = this.indexes.get(key);
    // an index of a log that was still empty is walked again (it has no cursor to read on from)
    if (known && (await known.catch(() => undefined))?.pageCount === 0) this.indexes.delete(key);
    else if (known) {
      // most recently used last
      this.indexes.delete(key);
      this.indexes.set(key, known);
      const index = await known;
      await index.extend(read);
      return index;
    }
    const built = AomLineIndex.build(read, this.maxPages);
    this.indexes.set(key, built);
    built.catch(() => {
      if (this.indexes.get(key) === built) this.indexes.delete(key);
    });
    while (this.indexes.size > this.max) {
      const oldest = this.indexes.keys().next().value;
      if (oldest === undefined) break;
      this.indexes.delete(oldest);
    }
    return built;
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
