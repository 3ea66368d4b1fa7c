import type { ObsListing, ObsStat } from '@console/shared';
import type { ObsClient } from '../../clients/obs-client.js';
import { ObsCallError } from '../../clients/obs-error.js';
import type { ObsKeys } from '../../clients/obs-signer.js';
import { xmlBlocks, xmlText, xmlTexts } from '../../clients/obs-xml.js';
import { mayWrite, visible, type ObsAccess } from './obs-access.js';
import { consolePath, obsRequestPath, type ObsLocation } from './obs-paths.js';

export interface ListOptions {
  marker?: string | undefined;
  limit: number;
  search?: string | undefined;
}

/** Upstream pages read at most for one searched page (a search skips what does not match). */
const SEARCH_PAGES = 10;

const lastName = (s: string) => s.replace(/\/$/, '').split('/').pop() ?? s;

interface Page {
  files: ObsListing['files'];
  folders: ObsListing['folders'];
  next?: string;
}

async function listPage(
  obs: ObsClient,
  keys: ObsKeys,
  bucket: string,
  prefix: string,
  marker: string | undefined,
  limit: number,
): Promise<Page> {
  const query: [string, string][] = [
    ['delimiter', '/'],
    ['max-keys', String(limit)],
    ...(prefix ? ([['prefix', prefix]] as [string, string][]) : []),
    ...(marker ? ([['marker', marker]] as [string, string][]) : []),
  ];
  const { text } = await obs.text({ method: 'GET', path: obsRequestPath(bucket), query }, keys);
  const files = xmlBlocks(text, 'Contents')
    .map((c) => ({
      key: xmlText(c, 'Key') ?? '',
      size: Number(xmlText(c, 'Size') ?? 0),
      modified: xmlText(c, 'LastModified') ?? '',
    }))
    .filter((c) => c.key !== prefix && c.key.startsWith(prefix))
    .map((c) => ({
      name: c.key.slice(prefix.length),
      path: `/${bucket}/${c.key}`,
      size: Number.isSafeInteger(c.size) && c.size >= 0 ? c.size : 0,
      last_modified: c.modified,
    }));
  const folders = xmlBlocks(text, 'CommonPrefixes')
    .flatMap((b) => xmlTexts(b, 'Prefix'))
    .filter((p) => p.startsWith(prefix) && p !== prefix)
    .map((p) => ({ name: lastName(p), path: `/${bucket}/${p}` }));
  const truncated = xmlText(text, 'IsTruncated') === 'true';
  const last = [...files.map((f) => f.path), ...folders.map((f) => f.path)].sort().pop();
  const next = truncated
    ? (xmlText(text, 'NextMarker') ?? last?.slice(bucket.length + 2))
    : undefined;
  return { files, folders, ...(next ? { next } : {}) };
}

/**
 * One page of a folder (`delimiter=/`, OBS's marker paging), or the buckets for `/`; entries the
 * role may not see are left out, `search` keeps names containing it (case-insensitive).
 */
export async function listFolder(
  obs: ObsClient,
  keys: ObsKeys,
  access: ObsAccess,
  loc: Exclude<ObsLocation, { kind: 'object' }>,
  o: ListOptions,
): Promise<ObsListing> {
  const needle = o.search?.toLowerCase();
  const matches = (name: string) => !needle || name.toLowerCase().includes(needle);
  if (loc.kind === 'root') {
    const { text } = await obs.text({ method: 'GET', path: '/' }, keys);
    const folders = xmlBlocks(text, 'Bucket')
      .map((b) => xmlText(b, 'Name') ?? '')
      .filter((name) => name !== '' && matches(name) && visible(access, `/${name}/`))
      .map((name) => ({ name, path: `/${name}/` }));
    return { path: '/', folders, files: [], writable: false };
  }
  const out: Page = { files: [], folders: [] };
  let marker = o.marker;
  for (let i = 0; i < (needle ? SEARCH_PAGES : 1); i += 1) {
    const page = await listPage(obs, keys, loc.bucket, loc.prefix, marker, o.limit);
    out.files.push(...page.files.filter((f) => matches(f.name) && visible(access, f.path)));
    out.folders.push(...page.folders.filter((f) => matches(f.name) && visible(access, f.path)));
    marker = page.next;
    if (!marker || out.files.length + out.folders.length >= o.limit) break;
  }
  const path = consolePath(loc);
  return {
    path,
    folders: out.folders,
    files: out.files,
    ...(marker ? { next_marker: marker } : {}),
    writable: mayWrite(access, path),
  };
}

const notFound = (err: unknown) => err instanceof ObsCallError && err.upstreamStatus === 404;

async function hasEntries(obs: ObsClient, keys: ObsKeys, bucket: string, prefix: string) {
  const query: [string, string][] = [
    ['max-keys', '1'],
    ...(prefix ? ([['prefix', prefix]] as [string, string][]) : []),
  ];
  try {
    const { text } = await obs.text({ method: 'GET', path: obsRequestPath(bucket), query }, keys);
    return prefix === '' || xmlBlocks(text, 'Contents').length > 0;
  } catch (err) {
    if (notFound(err)) return false;
    throw err;
  }
}

/** File, folder (a prefix of at least one object, or a bucket) or missing; never a 404. */
export async function statPath(
  obs: ObsClient,
  keys: ObsKeys,
  loc: ObsLocation,
  path: string,
): Promise<ObsStat> {
  if (loc.kind === 'root') return { path, kind: 'folder' };
  if (loc.kind === 'folder') {
    const found = await hasEntries(obs, keys, loc.bucket, loc.prefix);
    return { path, kind: found ? 'folder' : 'missing' };
  }
  try {
    const res = await obs.send({ method: 'HEAD', path: obsRequestPath(loc.bucket, loc.key) }, keys);
    const h = (n: string) =>
      typeof res.headers[n] === 'string' ? (res.headers[n] as string) : undefined;
    const size = Number(h('content-length') ?? 0);
    const modified = h('last-modified');
    return {
      path,
      kind: 'file',
      size: Number.isSafeInteger(size) ? size : 0,
      ...(modified ? { last_modified: new Date(modified).toISOString() } : {}),
      ...(h('content-type') ? { content_type: h('content-type')! } : {}),
    };
  } catch (err) {
    if (!notFound(err)) throw err;
  }
  const folder = await hasEntries(obs, keys, loc.bucket, `${loc.key}/`);
  return { path, kind: folder ? 'folder' : 'missing' };
}
