import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An object as the store sees it: a file (or an empty folder, the object `key/` of 0 bytes). */
export interface StoredObject {
  key: string;
  size: number;
  mtimeMs: number;
  local: string;
  folder: boolean;
}

export interface WrittenBody {
  size: number;
  md5: Buffer;
}

/** The body was cut short or ran over what was announced. */
export class BodyLengthError extends Error {
  constructor(readonly received: number) {
    super(`the body has ${received} bytes`);
    this.name = 'BodyLengthError';
  }
}

/** A key that is a folder where a file should be, or a file where a folder should be. */
export class KeyConflictError extends Error {
  constructor(readonly key: string) {
    super(`the key ${key} conflicts with an existing object or folder`);
    this.name = 'KeyConflictError';
  }
}

/** Counts and hashes a stream while it passes; fails once more than `limit` bytes arrive. */
export function meter(
  limit: number,
): Transform & { size: number; md5: ReturnType<typeof createHash> } {
  const md5 = createHash('md5');
  const t = new Transform({
    transform(chunk: Buffer, _enc, done) {
      t.size += chunk.length;
      if (t.size > limit) return done(new BodyLengthError(t.size));
      md5.update(chunk);
      done(null, chunk);
    },
  }) as Transform & { size: number; md5: ReturnType<typeof createHash> };
  t.size = 0;
  t.md5 = md5;
  return t;
}

const isCode = (err: unknown, ...codes: string[]) =>
  codes.includes((err as NodeJS.ErrnoException).code ?? '');

/**
 * The object store behind OBS paths: bucket `b`, key `k/x` is the file `{obs}/b/k/x`, the same
 * file a job reads as `/b/k/x` or `obs://b/k/x`. Keys are validated before they get here
 * (domain/obs/obs-names.ts). Bodies are streamed to `incoming/` and renamed into place, so a
 * reader never sees half an object.
 */
export class ObjectFiles {
  private readonly etags = new Map<string, { size: number; mtimeMs: number; etag: string }>();

  constructor(
    readonly root: string,
    private readonly incoming: string,
  ) {}

  local(bucket: string, key = ''): string {
    const base = path.resolve(this.root, bucket);
    const local = path.resolve(base, key);
    if (local !== base && !local.startsWith(base + path.sep))
      throw new Error(`key escapes its bucket: ${key}`);
    return local;
  }

  /** Buckets: the top-level folders. */
  buckets(): { name: string; created: Date }[] {
    if (!fs.existsSync(this.root)) return [];
    return fs
      .readdirSync(this.root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ name: d.name, created: fs.statSync(path.join(this.root, d.name)).birthtime }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  bucketExists(bucket: string): boolean {
    return fs.statSync(this.local(bucket), { throwIfNoEntry: false })?.isDirectory() ?? false;
  }

  createBucket(bucket: string): void {
    fs.mkdirSync(this.local(bucket), { recursive: true });
  }

  stat(bucket: string, key: string): StoredObject | undefined {
    const local = this.local(bucket, key);
    // lstat: a symbolic link (a job may leave one) is no object, and is never followed
    const st = fs.lstatSync(local, { throwIfNoEntry: false });
    if (!st) return undefined;
    const folder = key.endsWith('/');
    if (folder ? !st.isDirectory() : !st.isFile()) return undefined;
    return { key, size: folder ? 0 : st.size, mtimeMs: st.mtimeMs, local, folder };
  }

  /** Every object of a bucket whose key starts with `prefix`, files and empty folders, unsorted. */
  async list(bucket: string, prefix: string): Promise<StoredObject[]> {
    // start in the deepest folder the prefix names
    const dirPart = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/') + 1) : '';
    const out: StoredObject[] = [];
    const walk = async (rel: string): Promise<void> => {
      const dir = this.local(bucket, rel);
      let entries: fs.Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (isCode(err, 'ENOENT', 'ENOTDIR')) return;
        throw err;
      }
      if (entries.length === 0 && rel !== '' && rel.startsWith(prefix)) {
        const st = await fsp.stat(dir);
        out.push({ key: rel, size: 0, mtimeMs: st.mtimeMs, local: dir, folder: true });
      }
      for (const e of entries) {
        const key = rel + e.name;
        if (e.isDirectory()) {
          if (key.startsWith(prefix) || prefix.startsWith(key + '/')) await walk(key + '/');
        } else if (e.isFile() && key.startsWith(prefix)) {
          const local = path.join(dir, e.name);
          const st = await fsp.stat(local);
          out.push({ key, size: st.size, mtimeMs: st.mtimeMs, local, folder: false });
        }
      }
    };
    await walk(dirPart);
    return out;
  }

  /** The object's ETag: the MD5 of its bytes (remembered while size and time stay the same). */
  async etag(obj: StoredObject): Promise<string> {
    const known = this.etags.get(obj.local);
    if (known && known.size === obj.size && known.mtimeMs === obj.mtimeMs) return known.etag;
    const md5 = createHash('md5');
    if (!obj.folder) await pipeline(fs.createReadStream(obj.local), md5);
    const etag = md5.digest('hex');
    this.etags.set(obj.local, { size: obj.size, mtimeMs: obj.mtimeMs, etag });
    return etag;
  }

  /** Drops bodies a stopped emulator left half received. */
  clearIncoming(): void {
    fs.rmSync(this.incoming, { recursive: true, force: true });
  }

  /** A file in `incoming/` for a body on its way in. */
  incomingFile(): string {
    fs.mkdirSync(this.incoming, { recursive: true });
    return path.join(this.incoming, randomUUID());
  }

  /** Streams `body` into a new incoming file, at most `limit` bytes; resolves with its size and MD5. */
  async receive(body: Readable, limit: number): Promise<WrittenBody & { file: string }> {
    const file = this.incomingFile();
    const m = meter(limit);
    try {
      await pipeline(body, m, fs.createWriteStream(file));
    } catch (err) {
      await fsp.rm(file, { force: true });
      throw err;
    }
    return { file, size: m.size, md5: m.md5.digest() };
  }

  /** Moves a received file into place as the object (replacing it); `etag` is remembered. */
  async commit(file: string, bucket: string, key: string, etag: string): Promise<StoredObject> {
    const local = this.local(bucket, key);
    try {
      await fsp.mkdir(path.dirname(local), { recursive: true });
      await fsp.rename(file, local);
    } catch (err) {
      await fsp.rm(file, { force: true });
      if (isCode(err, 'EEXIST', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY')) throw new KeyConflictError(key);
      throw err;
    }
    const st = await fsp.stat(local);
    this.etags.set(local, { size: st.size, mtimeMs: st.mtimeMs, etag });
    return { key, size: st.size, mtimeMs: st.mtimeMs, local, folder: false };
  }

  /** The object `key/` of 0 bytes: a folder. */
  makeFolder(bucket: string, key: string): void {
    try {
      fs.mkdirSync(this.local(bucket, key), { recursive: true });
    } catch (err) {
      if (isCode(err, 'EEXIST', 'ENOTDIR')) throw new KeyConflictError(key);
      throw err;
    }
  }

  /** Deletes an object; a missing one is no error (OBS answers 204 alike). */
  async remove(bucket: string, key: string): Promise<void> {
    const obj = this.stat(bucket, key);
    if (!obj) return;
    if (obj.folder) await fsp.rmdir(obj.local).catch(() => undefined);
    else await fsp.rm(obj.local, { force: true });
    this.etags.delete(obj.local);
  }
}
