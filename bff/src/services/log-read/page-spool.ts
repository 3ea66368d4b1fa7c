import { rm } from 'node:fs/promises';

/** Where one page's text is in a spool file, and whether it got there (false: the write failed). */
export interface SpoolExtent {
  offset: number;
  length: number;
  written: Promise<boolean>;
}

/** The few file operations a spool needs (node's FileHandle; a failing one in tests). */
export interface SpoolFile {
  write(
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  read(
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** Asks the spools' shared budget for `bytes` more (false: over the cap, nothing evictable). */
export type Reserve = (bytes: number) => boolean;

/** Reads of one span at most this much wider than the pages in it (else one read per page). */
const SLACK = 64 * 1024;

/**
 * A local copy of one v1 log's page texts (services/log-read/aom-line-index.ts): each page's text
 * written once at a reserved offset of a private file (0600), so a page or a run of pages is one
 * local read instead of one upstream read each. Best effort: a write that fails (disk full) breaks
 * the spool and every read of it answers `undefined`, so the caller reads the upstream as before;
 * the same after `dispose` (evicted or shut down), which removes the file.
 */
export class PageSpool {
  private size = 0;
  private broken = false;
  private disposed = false;

  constructor(
    readonly path: string,
    private readonly file: Promise<SpoolFile>,
    private readonly reserve: Reserve,
    private readonly release: (bytes: number) => void,
  ) {
    file.catch(() => {
      this.broken = true;
    });
  }

  /** Neither broken (a failed write) nor disposed: its pages can be read. */
  get usable(): boolean {
    return !this.broken && !this.disposed;
  }

  /** Bytes this spool holds (reserved in the budget). */
  get bytes(): number {
    return this.size;
  }

  /** Writes a page's text at the end; undefined when the spool cannot take it (cap, failure). */
  append(text: string): SpoolExtent | undefined {
    if (this.broken || this.disposed) return undefined;
    const data = Buffer.from(text, 'utf8');
    if (!this.reserve(data.length)) return undefined;
    const offset = this.size;
    this.size += data.length;
    const written = this.file
      .then((f) => f.write(data, 0, data.length, offset))
      .then(
        (w) => {
          if (w.bytesWritten === data.length) return true;
          this.broken = true;
          return false;
        },
        () => {
          this.broken = true;
          return false;
        },
      );
    return { offset, length: data.length, written };
  }

  /** The pages' texts, in the order given; undefined when any of them is not (or no longer) here. */
  async read(extents: readonly SpoolExtent[]): Promise<string[] | undefined> {
    if (this.broken || this.disposed || extents.length === 0) return undefined;
    if (!(await Promise.all(extents.map((e) => e.written))).every(Boolean)) return undefined;
    try {
      const file = await this.file;
      const lo = Math.min(...extents.map((e) => e.offset));
      const hi = Math.max(...extents.map((e) => e.offset + e.length));
      const sum = extents.reduce((s, e) => s + e.length, 0);
      if (hi - lo <= sum + SLACK) {
        const span = await readExactly(file, lo, hi - lo);
        return extents.map((e) => span.toString('utf8', e.offset - lo, e.offset - lo + e.length));
      }
      const each = await Promise.all(extents.map((e) => readExactly(file, e.offset, e.length)));
      return each.map((b) => b.toString('utf8'));
    } catch {
      // closed under the read (evicted) or an I/O error: the upstream answers instead
      return undefined;
    }
  }

  /** Gives the bytes back to the budget, closes and removes the file. Idempotent. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.release(this.size);
    await this.file.then((f) => f.close()).catch(() => undefined);
    await rm(this.path, { force: true }).catch(() => undefined);
  }
}

async function readExactly(file: SpoolFile, position: number, length: number): Promise<Buffer> {
  const data = Buffer.alloc(length);
  const got = await file.read(data, 0, length, position);
  if (got.bytesRead !== length) throw new Error('short read');
  return data;
}
