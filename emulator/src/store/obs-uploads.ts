import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface UploadInfo {
  uploadId: string;
  bucket: string;
  key: string;
  initiated: string;
}

export interface StoredPart {
  partNumber: number;
  size: number;
  etag: string;
  file: string;
}

const ID = /^[A-Za-z0-9]{32}$/;
const partName = (n: number) => `part-${String(n).padStart(5, '0')}`;

/**
 * Multipart uploads in progress, one folder each under `obs-uploads/{uploadId}/`: `upload.json`
 * (bucket, key, when) and a file per part with its ETag beside it (`part-00001`,
 * `part-00001.etag`). They survive a restart of the emulator; completing or aborting removes them.
 */
export class UploadFiles {
  constructor(private readonly root: string) {}

  private dir(uploadId: string): string {
    return path.join(this.root, uploadId);
  }

  create(bucket: string, key: string): UploadInfo {
    const info: UploadInfo = {
      uploadId: randomBytes(16).toString('hex').toUpperCase(),
      bucket,
      key,
      initiated: new Date().toISOString(),
    };
    fs.mkdirSync(this.dir(info.uploadId), { recursive: true });
    fs.writeFileSync(path.join(this.dir(info.uploadId), 'upload.json'), JSON.stringify(info));
    return info;
  }

  /** The upload, if it exists and belongs to this bucket and key. */
  get(uploadId: string, bucket: string, key: string): UploadInfo | undefined {
    if (!ID.test(uploadId)) return undefined;
    try {
      const info = JSON.parse(
        fs.readFileSync(path.join(this.dir(uploadId), 'upload.json'), 'utf8'),
      ) as UploadInfo;
      return info.bucket === bucket && info.key === key ? info : undefined;
    } catch {
      return undefined;
    }
  }

  /** Moves a received body into the upload as part `n` (replacing an earlier one). */
  async putPart(uploadId: string, n: number, file: string, etag: string): Promise<void> {
    const target = path.join(this.dir(uploadId), partName(n));
    await fsp.writeFile(`${target}.etag`, etag);
    await fsp.rename(file, target);
  }

  part(uploadId: string, n: number): StoredPart | undefined {
    const file = path.join(this.dir(uploadId), partName(n));
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st) return undefined;
    const etag = fs.readFileSync(`${file}.etag`, 'utf8');
    return { partNumber: n, size: st.size, etag, file };
  }

  /** The parts stored so far, by part number (ListParts). */
  parts(uploadId: string): StoredPart[] {
    if (!ID.test(uploadId)) return [];
    const names = fs.readdirSync(this.dir(uploadId), { withFileTypes: true });
    return names
      .filter((d) => d.isFile() && /^part-\d{5}$/.test(d.name))
      .map((d) => this.part(uploadId, Number(d.name.slice(5))))
      .filter((p): p is StoredPart => p !== undefined)
      .sort((a, b) => a.partNumber - b.partNumber);
  }

  /** Concatenates parts into `target` (streamed); resolves with the multipart ETag `md5(md5s)-N`. */
  async assemble(parts: StoredPart[], target: string): Promise<string> {
    const out = fs.createWriteStream(target);
    const md5s = createHash('md5');
    try {
      for (const part of parts) {
        md5s.update(Buffer.from(part.etag, 'hex'));
        await pipeline(fs.createReadStream(part.file), out, { end: false });
      }
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(() => resolve());
      });
    } catch (err) {
      out.destroy();
      throw err;
    }
    return `${md5s.digest('hex')}-${parts.length}`;
  }

  async remove(uploadId: string): Promise<void> {
    if (ID.test(uploadId)) await fsp.rm(this.dir(uploadId), { recursive: true, force: true });
  }
}
