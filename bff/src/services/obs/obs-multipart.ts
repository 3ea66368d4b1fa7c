import type { ObsPart } from '@console/shared';
import type { ObsClient } from '../../clients/obs-client.js';
import { ObsCallError } from '../../clients/obs-error.js';
import type { ObsKeys } from '../../clients/obs-signer.js';
import { xmlBlocks, xmlText } from '../../clients/obs-xml.js';
import { obsRequestPath } from './obs-paths.js';

const unquote = (s: string | undefined) => (s ?? '').replace(/^"|"$/g, '');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** InitiateMultipartUpload (`POST /bucket/key?uploads`) → the upload id. */
export async function startUpload(obs: ObsClient, keys: ObsKeys, bucket: string, key: string) {
  const { text } = await obs.text(
    { method: 'POST', path: obsRequestPath(bucket, key), query: [['uploads', null]] },
    keys,
  );
  return xmlText(text, 'UploadId') ?? '';
}

/** ListParts (`GET /bucket/key?uploadId=`), every page: the parts already stored. */
export async function listParts(
  obs: ObsClient,
  keys: ObsKeys,
  bucket: string,
  key: string,
  uploadId: string,
): Promise<ObsPart[]> {
  const parts: ObsPart[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const query: [string, string][] = [
      ['uploadId', uploadId],
      ...(marker ? ([['part-number-marker', marker]] as [string, string][]) : []),
    ];
    const { text } = await obs.text(
      { method: 'GET', path: obsRequestPath(bucket, key), query },
      keys,
    );
    for (const p of xmlBlocks(text, 'Part')) {
      parts.push({
        part_number: Number(xmlText(p, 'PartNumber')),
        etag: unquote(xmlText(p, 'ETag')),
        size: Number(xmlText(p, 'Size') ?? 0),
      });
    }
    marker = xmlText(text, 'NextPartNumberMarker');
    if (xmlText(text, 'IsTruncated') !== 'true' || !marker) break;
  }
  return parts;
}

/** CompleteMultipartUpload (`POST /bucket/key?uploadId=` with the part list) → the ETag. */
export async function completeUpload(
  obs: ObsClient,
  keys: ObsKeys,
  bucket: string,
  key: string,
  uploadId: string,
  parts: { part_number: number; etag: string }[],
): Promise<string> {
  const xml =
    '<CompleteMultipartUpload>' +
    parts
      .map(
        (p) =>
          `<Part><PartNumber>${p.part_number}</PartNumber><ETag>"${esc(p.etag)}"</ETag></Part>`,
      )
      .join('') +
    '</CompleteMultipartUpload>';
  const { text } = await obs.text(
    {
      method: 'POST',
      path: obsRequestPath(bucket, key),
      query: [['uploadId', uploadId]],
      headers: {
        'content-type': 'application/xml',
        'content-length': String(Buffer.byteLength(xml)),
      },
      body: xml,
    },
    keys,
  );
  // S3 and OBS may answer 200 and still fail the completion in the body
  if (/<Error>/.test(text)) throw ObsCallError.from(500, {}, text);
  return unquote(xmlText(text, 'ETag'));
}
