import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ObsError } from '../../domain/obs/obs-errors.js';
import { parseRange } from '../../domain/obs/obs-range.js';
import { BodyLengthError, KeyConflictError, type StoredObject } from '../../store/obs-objects.js';
import type { ObsDeps } from './obs-deps.js';
import { commonHeaders, type ObsExchange } from './obs-xml.js';

/** Largest object a single PUT (and a single part) may carry: 5 GB, as OBS. */
export const MAX_PUT_BYTES = 5 * 1024 ** 3;

const TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.py': 'text/x-python',
  '.html': 'text/html',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.zip': 'application/zip',
};

/** Content types are not stored: they follow the key's extension. */
const contentType = (key: string) =>
  TYPES[path.extname(key).toLowerCase()] ?? 'binary/octet-stream';

/** `Content-Length` of an upload: required, a number, at most `max` (411 / 400 otherwise). */
export function declaredLength(req: IncomingMessage, max = MAX_PUT_BYTES): number {
  const raw = req.headers['content-length'];
  if (raw === undefined) throw new ObsError('MissingContentLength');
  const length = Number(raw);
  if (!Number.isSafeInteger(length) || length < 0)
    throw new ObsError('InvalidArgument', 'Content-Length is not valid.');
  if (length > max)
    throw new ObsError('EntityTooLarge', undefined, {
      MaxSizeAllowed: String(max),
      ProposedSize: String(length),
    });
  return length;
}

/** Streams the request body to an incoming file; checks its length and Content-MD5. */
export async function receiveBody(deps: ObsDeps, req: IncomingMessage, length: number) {
  let got;
  try {
    got = await deps.objects.receive(req, length);
  } catch (err) {
    if (err instanceof BodyLengthError) throw new ObsError('IncompleteBody');
    throw err;
  }
  const fail = async (e: ObsError) => {
    await fs.promises.rm(got.file, { force: true });
    throw e;
  };
  if (got.size !== length) await fail(new ObsError('IncompleteBody'));
  const md5 = req.headers['content-md5'];
  if (typeof md5 === 'string' && md5 !== got.md5.toString('base64'))
    await fail(new ObsError('BadDigest', undefined, { ExpectedDigest: md5 }));
  return got;
}

function objectHeaders(x: ObsExchange, obj: StoredObject, etag: string): void {
  commonHeaders(x);
  x.res.setHeader('Content-Type', contentType(obj.key));
  x.res.setHeader('ETag', `"${etag}"`);
  x.res.setHeader('Last-Modified', new Date(obj.mtimeMs).toUTCString());
  x.res.setHeader('Accept-Ranges', 'bytes');
}

function found(deps: ObsDeps, bucket: string, key: string): StoredObject {
  const obj = deps.objects.stat(bucket, key);
  if (!obj) throw new ObsError('NoSuchKey', undefined, { Key: key });
  return obj;
}

/** GetObject / HeadObject, with `Range: bytes=a-b` → 206 + Content-Range (416 when past the end). */
export async function getObject(
  deps: ObsDeps,
  x: ObsExchange,
  req: IncomingMessage,
  bucket: string,
  key: string,
) {
  const obj = found(deps, bucket, key);
  const etag = await deps.objects.etag(obj);
  const range = parseRange(req.headers.range, obj.size);
  if (range === 'unsatisfiable') {
    x.res.setHeader('Content-Range', `bytes */${obj.size}`);
    throw new ObsError('InvalidRange', undefined, {
      RangeRequested: String(req.headers.range),
      ActualObjectSize: String(obj.size),
    });
  }
  objectHeaders(x, obj, etag);
  const { start, end } = range ?? { start: 0, end: obj.size - 1 };
  const length = Math.max(0, end - start + 1);
  x.res.setHeader('Content-Length', length);
  if (range) x.res.setHeader('Content-Range', `bytes ${start}-${end}/${obj.size}`);
  x.res.writeHead(range ? 206 : 200);
  if (x.method === 'HEAD' || length === 0) return void x.res.end();
  await pipeline(fs.createReadStream(obj.local, { start, end }), x.res);
}

/** PutObject: streamed to disk, then renamed into place; `key/` with no body makes a folder. */
export async function putObject(
  deps: ObsDeps,
  x: ObsExchange,
  req: IncomingMessage,
  bucket: string,
  key: string,
) {
  const length = declaredLength(req);
  let etag = 'd41d8cd98f00b204e9800998ecf8427e';
  try {
    if (key.endsWith('/')) {
      if (length > 0)
        throw new ObsError('InvalidArgument', 'A folder object (a key ending in "/") has no body.');
      deps.objects.makeFolder(bucket, key);
    } else {
      const got = await receiveBody(deps, req, length);
      etag = got.md5.toString('hex');
      await deps.objects.commit(got.file, bucket, key, etag);
    }
  } catch (err) {
    if (err instanceof KeyConflictError)
      throw new ObsError(
        'InvalidArgument',
        'The key conflicts with an existing object: the emulator keeps objects as files, so "a" and "a/b" cannot both exist.',
        { Key: key },
      );
    throw err;
  }
  commonHeaders(x);
  x.res.writeHead(200, { ETag: `"${etag}"`, 'Content-Length': 0 });
  x.res.end();
}

export async function deleteObject(deps: ObsDeps, x: ObsExchange, bucket: string, key: string) {
  await deps.objects.remove(bucket, key);
  commonHeaders(x);
  x.res.writeHead(204);
  x.res.end();
}
