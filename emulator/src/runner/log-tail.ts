import fs from 'node:fs';

/**
 * Reads the lines appended to a file since a byte offset (by default: its size now). A line is
 * returned once it is complete (ends with a newline), or by rest() when the writer is done.
 */
export class LogTail {
  private offset: number;
  private partial = Buffer.alloc(0);

  constructor(private readonly file: string) {
    this.offset = fs.existsSync(file) ? fs.statSync(file).size : 0;
  }

  /** Complete lines written since the last call. */
  lines(): string[] {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return [];
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= this.offset) return [];
      const chunk = Buffer.alloc(size - this.offset);
      const read = fs.readSync(fd, chunk, 0, chunk.length, this.offset);
      this.offset += read;
      this.partial = Buffer.concat([this.partial, chunk.subarray(0, read)]);
    } finally {
      fs.closeSync(fd);
    }
    const end = this.partial.lastIndexOf(10);
    if (end < 0) return [];
    const text = this.partial.subarray(0, end).toString('utf8');
    this.partial = this.partial.subarray(end + 1);
    return text.split('\n').map((l) => l.replace(/\r$/, ''));
  }

  /** The remaining lines, including an unfinished last one. */
  rest(): string[] {
    const lines = this.lines();
    if (this.partial.length > 0) lines.push(this.partial.toString('utf8'));
    this.partial = Buffer.alloc(0);
    return lines;
  }
}
