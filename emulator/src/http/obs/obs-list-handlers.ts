import { compareKeys, listPage, parseMaxKeys } from '../../domain/obs/obs-listing.js';
import { ObsError } from '../../domain/obs/obs-errors.js';
import type { ObsDeps } from './obs-deps.js';
import { el, sendXml, XMLNS, type ObsExchange } from './obs-xml.js';

/** The one owner of everything here (the demo account's domain id stands in). */
const OWNER = '<Owner><ID>emulator</ID><DisplayName>emulator</DisplayName></Owner>';

/** ListBuckets (`GET /`): the top-level folders of the object store. */
export function listBuckets(deps: ObsDeps, x: ObsExchange): void {
  const buckets = deps.objects
    .buckets()
    .map(
      (b) =>
        `<Bucket>${el('Name', b.name)}${el('CreationDate', b.created.toISOString())}` +
        `${el('Location', 'emulator')}${el('BucketType', 'OBJECT')}</Bucket>`,
    )
    .join('');
  sendXml(
    x,
    200,
    `<ListAllMyBucketsResult xmlns="${XMLNS[x.scheme]}">${OWNER}<Buckets>${buckets}</Buckets></ListAllMyBucketsResult>`,
  );
}

/**
 * ListObjects V1 (`GET /bucket?prefix&delimiter&marker&max-keys`), answered as OBS's
 * `ListBucketResult` ("Listing Objects in a Bucket", obs_04_0022): Name, Prefix, Marker,
 * NextMarker (when truncated), MaxKeys, Delimiter, IsTruncated, Contents, CommonPrefixes.
 */
export async function listObjects(
  deps: ObsDeps,
  x: ObsExchange,
  bucket: string,
  query: URLSearchParams,
) {
  if (query.get('encoding-type') !== null && query.get('encoding-type') !== 'url')
    throw new ObsError('InvalidArgument', 'encoding-type must be url.');
  const q = {
    prefix: query.get('prefix') ?? '',
    marker: query.get('marker') ?? '',
    delimiter: query.get('delimiter') ?? '',
    maxKeys: parseMaxKeys(query.get('max-keys')),
  };
  const urlEncode = query.get('encoding-type') === 'url';
  const enc = (s: string) => (urlEncode ? encodeURIComponent(s).replace(/%2F/g, '/') : s);
  const all = (await deps.objects.list(bucket, q.prefix)).sort((a, b) => compareKeys(a.key, b.key));
  const page = listPage(all, q);
  const contents: string[] = [];
  for (const obj of page.contents) {
    const etag = await deps.objects.etag(obj);
    contents.push(
      `<Contents>${el('Key', enc(obj.key))}${el('LastModified', new Date(obj.mtimeMs).toISOString())}` +
        `${el('ETag', `"${etag}"`)}${el('Size', obj.size)}${OWNER}${el('StorageClass', 'STANDARD')}</Contents>`,
    );
  }
  const prefixes = page.commonPrefixes.map(
    (p) => `<CommonPrefixes>${el('Prefix', enc(p))}</CommonPrefixes>`,
  );
  sendXml(
    x,
    200,
    `<ListBucketResult xmlns="${XMLNS[x.scheme]}">${el('Name', bucket)}${el('Prefix', enc(q.prefix))}` +
      `${el('Marker', enc(q.marker))}${page.nextMarker !== undefined ? el('NextMarker', enc(page.nextMarker)) : ''}` +
      `${el('MaxKeys', q.maxKeys)}${q.delimiter ? el('Delimiter', enc(q.delimiter)) : ''}` +
      `${urlEncode ? el('EncodingType', 'url') : ''}${el('IsTruncated', page.isTruncated)}` +
      `${contents.join('')}${prefixes.join('')}</ListBucketResult>`,
  );
}
