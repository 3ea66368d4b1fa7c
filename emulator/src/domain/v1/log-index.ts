import fs from 'node:fs';

interface FileIndex {
  /** ends[i] = byte offset just past the "\n" that ends line i+1. */
  ends: number[];
  scanned: number;
}

export interface LogSnapshot {
  /** Number of complete ("\n"-terminated) lines. */
  complete: number;
  /** True when bytes follow the last "\n" (a line still being written). */
  hasPartial: boolean;
}

const CHUNK = 1 << 20;

/**
 * Line index of append-only log files: remembers where each line ends and scans only the bytes
 * added since the last call, so polling a growing log costs O(new bytes).
 */
export class LogIndex {
  private readonly files = new Map<string, FileIndex>();

  snapshot(file: string): LogSnapshot {
    const idx = this.update(file);
    const size = idx.scanned;
    const lastEnd = idx.ends.at(-1) ?? 0;
    return { complete: idx.ends.length, hasPartial: size > lastEnd };
  }

  /** Lines from..to (1-based, inclusive); line `complete + 1` is the partial tail, if any. */
  read(file: string, from: number, to: number): string[] {
    const idx = this.files.get(file);
    if (!idx || to < from) return [];
    const start = from === 1 ? 0 : (idx.ends[from - 2] ?? 0);
    const end = to <= idx.ends.length ? (idx.ends[to - 1] ?? 0) : idx.scanned;
    const buf = Buffer.alloc(end - start);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, buf, 0, buf.length, start);
    } finally {
      fs.closeSync(fd);
    }
    const lines = buf.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines;
  }

  /** Drops cached indexes of files under a folder (after a job is deleted). */
  forget(prefix: string): void {
    for (const key of this.files.keys()) if (key.startsWith(prefix)) this.files.delete(key);
  }

  private update(file: string): FileIndex {
    let idx = this.files.get(file);
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch {
      size = 0;
    }
    if (!idx || size < idx.scanned) {
      idx = { ends: [], scanned: 0 };
      this.files.set(file, idx);
    }
    if (size === idx.scanned) return idx;
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(Math.min(CHUNK, size - idx.scanned));
      while (idx.scanned < size) {
        const n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - idx.scanned), idx.scanned);
        if (n <= 0) break;
        for (let i = buf.indexOf(10); i !== -1 && i < n; i = buf.indexOf(10, i + 1))
          idx.ends.push(idx.scanned + i + 1);
        idx.scanned += n;
      }
    } finally {
      fs.closeSync(fd);
    }
    return idx;
  }
}
