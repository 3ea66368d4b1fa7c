import {
  OBS_API,
  OBS_PART_BYTES,
  ObsPartSchema,
  ObsPutResultSchema,
  ObsUploadSchema,
  obsUploadPath,
  type ObsPart,
  type ObsPutResult,
  type ObsUpload,
} from '@console/shared';
import { ApiError } from '../api-error.js';
import { resumeKey, type ResumeStore } from './upload-resume-store.js';
import { xhrRequest } from './xhr-request.js';

export interface UploadOptions {
  file: File;
  /** The object's console path, e.g. `/bucket/code/train.py`. */
  path: string;
  /** Bytes of the file stored so far (parts skipped on resume count as stored). */
  onProgress: (loaded: number) => void;
  resume: ResumeStore;
  signal?: AbortSignal;
}

const withPath = (url: string, path: string) => `${url}?${new URLSearchParams({ path })}`;

/** Number of parts of a file of `size` bytes (at least one). */
export const partCount = (size: number) => Math.max(1, Math.ceil(size / OBS_PART_BYTES));

async function openUpload(o: UploadOptions, key: string): Promise<ObsUpload> {
  const known = o.resume.get(key);
  if (known) {
    try {
      return await xhrRequest({
        method: 'GET',
        url: withPath(obsUploadPath(known), o.path),
        schema: ObsUploadSchema,
        ...(o.signal ? { signal: o.signal } : {}),
      });
    } catch (error) {
      // an upload OBS no longer knows (completed, aborted, expired) starts over
      if (!(error instanceof ApiError) || error.status !== 404) throw error;
      o.resume.delete(key);
    }
  }
  const started = await xhrRequest({
    method: 'POST',
    url: withPath(OBS_API.uploads, o.path),
    json: { size: o.file.size },
    schema: ObsUploadSchema,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  o.resume.set(key, started.upload_id);
  return started;
}

/** Sends the parts OBS does not hold yet, one after the other, then completes the upload. */
async function uploadMultipart(o: UploadOptions): Promise<ObsPutResult> {
  const key = resumeKey(o.path, o.file);
  const upload = await openUpload(o, key);
  const count = partCount(o.file.size);
  const stored = new Map<number, ObsPart>();
  for (const p of upload.parts) if (p.part_number <= count) stored.set(p.part_number, p);
  const sizeOf = (n: number) => Math.min(OBS_PART_BYTES, o.file.size - (n - 1) * OBS_PART_BYTES);
  let done = [...stored.keys()].reduce((sum, n) => sum + sizeOf(n), 0);
  o.onProgress(done);
  for (let n = 1; n <= count; n++) {
    if (stored.has(n)) continue;
    const start = (n - 1) * OBS_PART_BYTES;
    const part = await xhrRequest({
      method: 'PUT',
      url: withPath(obsUploadPath(upload.upload_id, `/parts/${n}`), o.path),
      body: o.file.slice(start, start + OBS_PART_BYTES),
      schema: ObsPartSchema,
      onProgress: (loaded) => o.onProgress(done + loaded),
      ...(o.signal ? { signal: o.signal } : {}),
    });
    stored.set(n, part);
    done += sizeOf(n);
    o.onProgress(done);
  }
  const parts = [...stored.values()]
    .sort((a, b) => a.part_number - b.part_number)
    .map(({ part_number, etag }) => ({ part_number, etag }));
  const result = await xhrRequest({
    method: 'POST',
    url: withPath(obsUploadPath(upload.upload_id, '/complete'), o.path),
    json: { parts },
    schema: ObsPutResultSchema,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  o.resume.delete(key);
  return result;
}

/**
 * Stores one file at `path`: one PUT up to OBS_PART_BYTES, a resumable multipart upload above
 * (a retry asks which parts OBS holds and sends only the others).
 */
export function uploadObsFile(o: UploadOptions): Promise<ObsPutResult> {
  if (o.file.size > OBS_PART_BYTES) return uploadMultipart(o);
  return xhrRequest({
    method: 'PUT',
    url: withPath(OBS_API.object, o.path),
    body: o.file,
    schema: ObsPutResultSchema,
    onProgress: o.onProgress,
    ...(o.signal ? { signal: o.signal } : {}),
  });
}
