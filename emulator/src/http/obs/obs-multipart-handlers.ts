import type { IncomingMessage } from 'node:http';
import { ObsError } from '../../domain/obs/obs-errors.js';
import { KeyConflictError } from '../../store/obs-objects.js';
import type { ObsDeps } from './obs-deps.js';
import { declaredLength, MAX_PUT_BYTES, receiveBody } from './obs-objects-handlers.js';
import { commonHeaders, el, sendXml, xmlText, XMLNS, type ObsExchange } from './obs-xml.js';

/** Every part but the last has at least 100 KB (OBS); part numbers run 1–10,000. */
export const MIN_PART_BYTES = 100 * 1024;
const MAX_PARTS = 10_000;
const MAX_COMPLETE_XML = 2 * 1024 * 1024;

function upload(deps: ObsDeps, uploadId: string, bucket: string, key: string) {
  const info = deps.uploads.get(uploadId, bucket, key);
  if (!info) throw new ObsError('NoSuchUpload', undefined, { UploadId: uploadId });
  return info;
}

/** InitiateMultipartUpload (`POST /bucket/key?uploads`). */
export function initiate(deps: ObsDeps, x: ObsExchange, bucket: string, key: string): void {
  if (key.endsWith('/'))
    throw new ObsError('InvalidArgument', 'A folder object cannot be uploaded in parts.');
  const info = deps.uploads.create(bucket, key);
  sendXml(
    x,
    200,
    `<InitiateMultipartUploadResult xmlns="${XMLNS[x.scheme]}">${el('Bucket', bucket)}${el('Key', key)}` +
      `${el('UploadId', info.uploadId)}</InitiateMultipartUploadResult>`,
  );
}

/** UploadPart (`PUT /bucket/key?partNumber=n&uploadId=id`): streamed to the upload's folder. */
export async function uploadPart(
  deps: ObsDeps,
  x: ObsExchange,
  req: IncomingMessage,
  bucket: string,
  key: string,
  query: URLSearchParams,
) {
  const uploadId = query.get('uploadId') ?? '';
  const raw = query.get('partNumber') ?? '';
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_PARTS))
    throw new ObsError(
      'InvalidArgument',
      `Part number must be an integer between 1 and ${MAX_PARTS}, inclusive`,
      { ArgumentName: 'partNumber', ArgumentValue: raw },
    );
  upload(deps, uploadId, bucket, key);
  const got = await receiveBody(deps, req, declaredLength(req, MAX_PUT_BYTES));
  const etag = got.md5.toString('hex');
  await deps.uploads.putPart(uploadId, n, got.file, etag);
  commonHeaders(x);
  x.res.writeHead(200, { ETag: `"${etag}"`, 'Content-Length': 0 });
  x.res.end();
}

async function readSmallBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_COMPLETE_XML) throw new ObsError('MalformedXML', 'The part list is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `<CompleteMultipartUpload><Part><PartNumber/><ETag/></Part>…` → the listed parts, in order. */
export function parsePartList(xml: string): { partNumber: number; etag: string }[] {
  const body = /<CompleteMultipartUpload(?:\s[^>]*)?>([\s\S]*)<\/CompleteMultipartUpload>/.exec(
    xml,
  );
  if (!body) throw new ObsError('MalformedXML');
  const parts = [...body[1]!.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map((m) => {
    const num = /<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(m[1]!);
    const etag = /<ETag>([\s\S]*?)<\/ETag>/.exec(m[1]!);
    if (!num || !etag) throw new ObsError('MalformedXML');
    return { partNumber: Number(num[1]), etag: xmlText(etag[1]!).trim().replace(/^"|"$/g, '') };
  });
  if (parts.length === 0) throw new ObsError('MalformedXML', 'The part list is empty.');
  return parts;
}

/** CompleteMultipartUpload (`POST /bucket/key?uploadId=id` with the part list). */
export async function complete(
  deps: ObsDeps,
  x: ObsExchange,
  req: IncomingMessage,
  bucket: string,
  key: string,
  uploadId: string,
) {
  upload(deps, uploadId, bucket, key);
  const listed = parsePartList(await readSmallBody(req));
  const parts = listed.map((p, i) => {
    if (i > 0 && p.partNumber <= listed[i - 1]!.partNumber) throw new ObsError('InvalidPartOrder');
    const part = deps.uploads.part(uploadId, p.partNumber);
    if (!part || part.etag !== p.etag)
      throw new ObsError('InvalidPart', undefined, {
        PartNumber: String(p.partNumber),
        ETag: p.etag,
      });
    return part;
  });
  parts.forEach((p, i) => {
    if (i < parts.length - 1 && p.size < MIN_PART_BYTES)
      throw new ObsError('EntityTooSmall', undefined, {
        PartNumber: String(p.partNumber),
        ProposedSize: String(p.size),
        MinSizeAllowed: String(MIN_PART_BYTES),
      });
  });
  const file = deps.objects.incomingFile();
  const etag = await deps.uploads.assemble(parts, file);
  try {
    await deps.objects.commit(file, bucket, key, etag);
  } catch (err) {
    if (err instanceof KeyConflictError)
      throw new ObsError('InvalidArgument', 'The key conflicts with an existing object.', {
        Key: key,
      });
    throw err;
  }
  await deps.uploads.remove(uploadId);
  const host = req.headers.host ?? '127.0.0.1';
  sendXml(
    x,
    200,
    `<CompleteMultipartUploadResult xmlns="${XMLNS[x.scheme]}">${el('Location', `http://${host}/${bucket}/${key}`)}` +
      `${el('Bucket', bucket)}${el('Key', key)}${el('ETag', `"${etag}"`)}</CompleteMultipartUploadResult>`,
  );
}

/**
 * ListParts (`GET /bucket/key?uploadId=id[&part-number-marker=n&max-parts=m]`): the parts stored
 * so far (a resumed upload skips them), as OBS's ListPartsResult ("Listing Uploaded Parts").
 */
export function listParts(
  deps: ObsDeps,
  x: ObsExchange,
  bucket: string,
  key: string,
  query: URLSearchParams,
): void {
  const uploadId = query.get('uploadId') ?? '';
  upload(deps, uploadId, bucket, key);
  const marker = Number(query.get('part-number-marker') ?? 0) || 0;
  const max = Math.min(1000, Math.max(1, Number(query.get('max-parts') ?? 1000) || 1000));
  const after = deps.uploads.parts(uploadId).filter((p) => p.partNumber > marker);
  const page = after.slice(0, max);
  const truncated = after.length > page.length;
  const parts = page
    .map(
      (p) =>
        `<Part>${el('PartNumber', p.partNumber)}${el('ETag', `"${p.etag}"`)}${el('Size', p.size)}</Part>`,
    )
    .join('');
  sendXml(
    x,
    200,
    `<ListPartsResult xmlns="${XMLNS[x.scheme]}">${el('Bucket', bucket)}${el('Key', key)}` +
      `${el('UploadId', uploadId)}${el('PartNumberMarker', marker)}` +
      `${el('NextPartNumberMarker', page.at(-1)?.partNumber ?? marker)}${el('MaxParts', max)}` +
      `${el('IsTruncated', truncated)}${parts}</ListPartsResult>`,
  );
}

/** AbortMultipartUpload (`DELETE /bucket/key?uploadId=id`): 204, the parts are gone. */
export async function abort(
  deps: ObsDeps,
  x: ObsExchange,
  bucket: string,
  key: string,
  uploadId: string,
) {
  upload(deps, uploadId, bucket, key);
  await deps.uploads.remove(uploadId);
  commonHeaders(x);
  x.res.writeHead(204);
  x.res.end();
}
