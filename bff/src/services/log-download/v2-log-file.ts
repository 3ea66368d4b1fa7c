import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { ModelArtsV2LogClient } from '../../clients/modelarts-v2-client.js';
import { UpstreamUnreachableError } from '../../errors.js';
import { isAllowedLogLink } from './obs-link.js';

export interface V2LogFileDeps {
  v2: ModelArtsV2LogClient;
  /** Base for a relative `obs_url`; its origin may always be fetched. */
  modelartsEndpoint: string;
  /** Host suffixes whose https log links may be fetched (see obs-link.ts). */
  obsDownloadHosts: string[];
  /** How long the log file may take to answer (the streaming itself is not limited). */
  fetchTimeoutMs: number;
  /** Told the host of a link that is refused (worth a warning: the upstream sent it). */
  onRefusedHost: (host: string) => void;
}

export interface V2LogTarget {
  projectId: string;
  jobId: string;
  taskId: string;
}

export interface V2LogFile {
  stream: Readable;
  length: string | null;
  /** The stream starts at the asked range's first byte (206); else at the file's first byte. */
  ranged: boolean;
}

/**
 * A v2 task's full log: asks ModelArts for the temporary OBS link (§4.9) and fetches the file
 * itself, so the presigned URL never reaches the browser. Only links to allowed hosts are
 * fetched, without a token, cookies or redirects. Aborting `signal` ends the fetch and the stream.
 * `range` (bytes `[from, to)`, or from `from` to the end) asks OBS for a part; a server that
 * ignores it answers the whole file (`ranged` false).
 */
export async function openV2LogFile(
  deps: V2LogFileDeps,
  target: V2LogTarget,
  token: string,
  signal: AbortSignal,
  range?: { from: number; to?: number },
): Promise<V2LogFile> {
  const url = usableLink(await deps.v2.logUrl(target, token), deps);
  const abort = new AbortController();
  const stop = () => abort.abort();
  signal.addEventListener('abort', stop, { once: true });
  // The timeout covers the wait for the answer, not the streaming of a large file (aborting the
  // fetch's signal later would cut the body too).
  const timer = setTimeout(() => abort.abort(new Error('timeout')), deps.fetchTimeoutMs);
  let file: globalThis.Response;
  try {
    const last = range?.to === undefined ? '' : String(range.to - 1);
    const headers = range ? { range: `bytes=${range.from}-${last}` } : undefined;
    file = await fetch(url, { signal: abort.signal, redirect: 'error', headers });
  } catch {
    signal.removeEventListener('abort', stop);
    throw new UpstreamUnreachableError('The log file could not be fetched');
  } finally {
    clearTimeout(timer);
  }
  const refuse = (message: string): never => {
    signal.removeEventListener('abort', stop);
    void file.body?.cancel().catch(() => undefined);
    throw new UpstreamUnreachableError(message);
  };
  if (!file.ok || !file.body) refuse(`The log file could not be fetched (HTTP ${file.status})`);
  const ranged = file.status === 206;
  // a part the request did not ask for is neither the file nor the asked part
  if (ranged && !file.headers.get('content-range')?.startsWith(`bytes ${range?.from ?? -1}-`))
    refuse('The log file answered another part than asked');
  const stream = Readable.fromWeb(file.body as WebReadableStream<Uint8Array>);
  stream.once('close', () => signal.removeEventListener('abort', stop));
  return {
    stream,
    length: file.headers.get('content-length'),
    ranged,
  };
}

function usableLink(link: string, deps: V2LogFileDeps): URL {
  const url = URL.canParse(link, deps.modelartsEndpoint)
    ? new URL(link, deps.modelartsEndpoint)
    : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UpstreamUnreachableError('ModelArts sent an unusable log link');
  }
  if (!isAllowedLogLink(url, deps.modelartsEndpoint, deps.obsDownloadHosts)) {
    deps.onRefusedHost(url.host);
    throw new UpstreamUnreachableError('ModelArts sent a log link to a host that is not allowed');
  }
  return url;
}
