import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-error.js';
import { obsObjectUrl } from '../../../lib/obs/obs-queries.js';
import { TEXT_PREVIEW_BYTES, totalFromContentRange } from '../preview-kind.js';

export interface TextPreview {
  text: string;
  /** Bytes shown and the file's size (when the BFF said it). */
  shown: number;
  total: number | undefined;
  /** The file holds NUL bytes: it is no text. */
  binary: boolean;
}

/** Reads at most `max` bytes of a body, then lets the rest go (a server may ignore Range). */
async function readAtMost(res: Response, max: number): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer()).subarray(0, max);
  const out = new Uint8Array(max);
  let n = 0;
  while (n < max) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = value.subarray(0, max - n);
    out.set(take, n);
    n += take.length;
  }
  void reader.cancel().catch(() => undefined);
  return out.subarray(0, n);
}

async function readPreview(path: string, signal: AbortSignal): Promise<TextPreview> {
  const res = await fetch(obsObjectUrl(path), {
    headers: { Range: `bytes=0-${TEXT_PREVIEW_BYTES - 1}` },
    credentials: 'same-origin',
    signal,
  });
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw ApiError.fromBody(res.status, body);
  }
  const bytes = await readAtMost(res, TEXT_PREVIEW_BYTES);
  const length = res.headers.get('Content-Length');
  const total =
    res.status === 206
      ? totalFromContentRange(res.headers.get('Content-Range'))
      : length
        ? Number(length)
        : undefined;
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    shown: bytes.length,
    total,
    binary: bytes.includes(0),
  };
}

/** The first 256 KB of a file as text (one Range request). */
export function textPreviewQueryOptions(path: string) {
  return queryOptions({
    queryKey: ['obs', 'preview', path] as const,
    queryFn: ({ signal }) => readPreview(path, signal),
    staleTime: 30_000,
  });
}
