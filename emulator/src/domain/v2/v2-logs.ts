import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { V2_LOG_PREVIEW_MAX_BYTES } from '@console/shared';

export interface LogPreview {
  content: string;
  current_size: number;
  full_size: number;
}

/** Bytes at the end of `buf` that start a UTF-8 sequence the buffer does not finish. */
function incompleteTail(buf: Buffer, from: number): number {
  for (let i = buf.length - 1; i >= Math.max(from, buf.length - 4); i--) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return buf.length - i < need ? buf.length - i : 0;
  }
  return 0;
}

/**
 * Task log preview (catalog §4.8), byte exact: `content` is bytes
 * [full_size − current_size, full_size) of the log file, decoded as UTF-8. It is the newest
 * ≤ 5 MB, cut so that no UTF-8 character is split: leading continuation bytes are dropped
 * (current_size shrinks), and an unfinished character at the very end (a write in flight) is left
 * out (full_size then excludes it, so it comes with the next call). Missing file → all empty.
 */
export function readLogPreview(file: string, maxBytes = V2_LOG_PREVIEW_MAX_BYTES): LogPreview {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return { content: '', current_size: 0, full_size: 0 };
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Math.max(0, size - maxBytes);
    const buf = Buffer.alloc(size - start);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(fd, buf, got, buf.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    const data = buf.subarray(0, got);
    let s = 0;
    if (start > 0) while (s < data.length && s < 3 && (data[s]! & 0xc0) === 0x80) s++;
    const e = data.length - incompleteTail(data, s);
    return {
      content: data.subarray(s, e).toString('utf8'),
      current_size: e - s,
      full_size: start + e,
    };
  } finally {
    fs.closeSync(fd);
  }
}

/** Link lifetime of `logs/url` (catalog §4.9). */
export const LOG_LINK_TTL_MS = 5 * 60 * 1000;

export type LinkContentType = 'text/plain' | 'application/octet-stream';

/** HMAC-signed, expiring download links under `/__obs/v2-logs/{job_id}/{task}.log`. */
export class LogLinkSigner {
  private readonly secret = randomBytes(32);

  private sign(jobId: string, task: string, expires: number, ct: string): string {
    return createHmac('sha256', this.secret)
      .update(`${jobId}/${task}\n${expires}\n${ct}`)
      .digest('hex');
  }

  url(base: string, jobId: string, task: string, ct: LinkContentType, now = Date.now()): string {
    const expires = Math.floor((now + LOG_LINK_TTL_MS) / 1000);
    const q = new URLSearchParams({
      expires: String(expires),
      content_type: ct,
      signature: this.sign(jobId, task, expires, ct),
    });
    return `${base}/__obs/v2-logs/${encodeURIComponent(jobId)}/${encodeURIComponent(task)}.log?${q}`;
  }

  /** 'ok', 'expired' or 'invalid' for the query of a link. */
  check(
    jobId: string,
    task: string,
    q: Record<string, unknown>,
    now = Date.now(),
  ): 'ok' | 'expired' | 'invalid' {
    const expires = Number(q.expires);
    const ct = String(q.content_type ?? '');
    const sig = String(q.signature ?? '');
    if (!Number.isInteger(expires) || !/^[0-9a-f]{64}$/.test(sig)) return 'invalid';
    const want = Buffer.from(this.sign(jobId, task, expires, ct), 'hex');
    if (!timingSafeEqual(want, Buffer.from(sig, 'hex'))) return 'invalid';
    return expires * 1000 < now ? 'expired' : 'ok';
  }
}
