import { chmodSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageSpool, type SpoolFile } from './page-spool.js';
import { newSpoolFolder } from './spool-folders.js';

/** Default cap of all spools' bytes together (LOG_SPOOL_MAX_BYTES). */
export const DEFAULT_SPOOL_MAX_BYTES = 1024 ** 3;

export interface SpoolStoreOptions {
  /** All spools' bytes together at most; 0 turns spooling off. */
  maxBytes: number;
  /** Opens a spool file (tests inject failing files); node's own, mode 0600, by default. */
  openFile?: (path: string) => Promise<SpoolFile>;
}

interface Held {
  spool: PageSpool;
  /** Drops the index the spool belongs to (evicted with it). */
  onEvict: () => void;
}

const openPrivate = (path: string): Promise<SpoolFile> => open(path, 'wx+', 0o600);

/**
 * The v1 log spools of one BFF process: a private folder (0700) under the OS temp folder, created
 * at the first spool and removed by `close` (shutdown, and at process exit as a backstop; those
 * of killed processes when the next one creates its folder: spool-folders.ts), one
 * file per indexed log, all of them within `maxBytes` together. A spool that needs room evicts the
 * least recently used others, each with its line index (`onEvict`); when nothing else is left to
 * evict, the page is not spooled (it is read from the upstream, as without a spool).
 */
export class SpoolStore {
  private readonly held = new Map<string, Held>();
  private used = 0;
  private dir: string | undefined;
  private serial = 0;
  private readonly removeDir = () => {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  };

  constructor(private readonly options: SpoolStoreOptions) {}

  /** Bytes held by all spools. */
  get bytes(): number {
    return this.used;
  }

  /** A new spool for `key` (a log already spooled is replaced); undefined when spooling is off. */
  create(key: string, onEvict: () => void): PageSpool | undefined {
    if (this.options.maxBytes <= 0) return undefined;
    this.drop(this.held.get(key)?.spool);
    let dir: string;
    try {
      dir = this.folder();
    } catch {
      return undefined; // no temp folder: the upstream as before
    }
    const path = join(dir, `${++this.serial}.log`);
    const file = (this.options.openFile ?? openPrivate)(path);
    const spool = new PageSpool(
      path,
      file,
      (bytes) => this.reserve(key, bytes),
      (bytes) => {
        this.used -= bytes;
      },
    );
    this.held.set(key, { spool, onEvict });
    return spool;
  }

  /** Marks `key` as just used (the least recently used are evicted first). */
  touch(key: string): void {
    const h = this.held.get(key);
    if (!h) return;
    this.held.delete(key);
    this.held.set(key, h);
  }

  /** Removes a spool (its index left the cache, or its walk failed). */
  drop(spool: PageSpool | undefined): void {
    if (!spool) return;
    for (const [key, h] of this.held) if (h.spool === spool) this.held.delete(key);
    void spool.dispose();
  }

  /** Removes every spool and the folder (shutdown). */
  async close(): Promise<void> {
    const all = [...this.held.values()];
    this.held.clear();
    await Promise.all(all.map((h) => h.spool.dispose()));
    this.removeDir();
    this.dir = undefined;
    process.off('exit', this.removeDir);
  }

  private reserve(key: string, bytes: number): boolean {
    if (bytes > this.options.maxBytes) return false;
    while (this.used + bytes > this.options.maxBytes) {
      const oldest = [...this.held.keys()].find((k) => k !== key);
      if (oldest === undefined) return false;
      const h = this.held.get(oldest)!;
      this.drop(h.spool);
      h.onEvict();
    }
    this.used += bytes;
    return true;
  }

  private folder(): string {
    if (this.dir) return this.dir;
    const dir = newSpoolFolder(tmpdir());
    chmodSync(dir, 0o700);
    this.dir = dir;
    process.once('exit', this.removeDir);
    return dir;
  }
}
