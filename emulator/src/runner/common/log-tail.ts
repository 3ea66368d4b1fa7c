import fs from 'node:fs';

/** An unterminated line longer than this is handed on as a line of its own (memory stays bounded). */
export const MAX_PARTIAL_BYTES = 64 * 1024;
/** One poll reads at most this much; a writer that is ahead is caught up over the next polls. */
export const MAX_READ_BYTES = 1024 * 1024;
/** rest() (the writer is done) reads at most this many polls' worth; the log file keeps the rest. */
const MAX_REST_READS = 64;

/**
 * Reads the lines appended to a file since a byte offset (by default: its size now). A line is
 * returned once it is complete (ends with a newline), once it reaches MAX_PARTIAL_BYTES, or by
 * rest() when the writer is done.
 */
export class LogTail {
  private offset: number;
  private partial = Buffer.alloc(0);

  constructor(private readonly file: string) {
    this.offset = fs.existsSync(file) ? fs.statSync(file).size : 0;
  }

  /** Reads up to MAX_READ_BYTES more into `partial`; false when there was nothing new. */
  private read(): boolean {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return false;
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= this.offset) return false;
      const chunk = Buffer.alloc(Math.min(size - this.offset, MAX_READ_BYTES));
      const read = fs.readSync(fd, chunk, 0, chunk.length, this.offset);
      this.offset += read;
      this.partial = Buffer.concat([this.partial, chunk.subarray(0, read)]);
      return read > 0;
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Complete lines written since the last call (at most MAX_READ_BYTES of them per call). */
  lines(): string[] {
    if (!this.read()) return [];
    const lines: string[] = [];
    const end = this.partial.lastIndexOf(10);
    if (end >= 0) {
      const text = this.partial.subarray(0, end).toString('utf8');
      this.partial = this.partial.subarray(end + 1);
      for (const l of text.split('\n')) lines.push(l.replace(/\r$/, ''));
    }
    while (this.partial.length >= MAX_PARTIAL_BYTES) {
      lines.push(this.partial.subarray(0, MAX_PARTIAL_BYTES).toString('utf8'));
      this.partial = this.partial.subarray(MAX_PARTIAL_BYTES);
    }
    return lines;
  }

  /** The remaining lines, including an unfinished last one. */
  rest(): string[] {
    const lines: string[] = [];
    for (let i = 0; i < MAX_REST_READS; i++) {
      const before = this.offset;
      lines.push(...this.lines());
      if (this.offset === before) break;
    }
    if (this.partial.length > 0) lines.push(this.partial.toString('utf8'));
    this.partial = Buffer.alloc(0);
    return lines;
  }
}
