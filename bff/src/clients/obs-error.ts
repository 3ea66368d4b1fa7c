import { ConsoleError } from '../errors.js';
import { xmlText } from './obs-xml.js';

/** OBS codes that are about the path the user named (the error names the `path` field). */
const PATH_CODES = new Set(['NoSuchKey', 'NoSuchBucket', 'InvalidBucketName', 'KeyTooLongError']);
/** OBS refused the BFF's keys: temporary ones are dropped and fetched anew on the next call. */
export const KEY_REFUSED_CODES = new Set(['InvalidAccessKeyId', 'InvalidSecurity', 'ExpiredToken']);

/**
 * An error OBS answered (`<Error><Code/><Message/>…</Error>`, or `x-obs-error-code` on a HEAD),
 * as the console answers it: `OBS.<Code>` with OBS's message; 4xx statuses kept, 5xx as 502. Only
 * Code and Message are read: the other elements (StringToSign, …) may carry the signed headers.
 */
export class ObsCallError extends ConsoleError {
  constructor(
    readonly upstreamStatus: number,
    readonly obsCode: string,
    message: string,
  ) {
    super(
      upstreamStatus >= 500 || upstreamStatus < 400 ? 502 : upstreamStatus,
      `OBS.${obsCode}`,
      message,
      PATH_CODES.has(obsCode) ? 'path' : undefined,
    );
  }

  get keysRefused(): boolean {
    return KEY_REFUSED_CODES.has(this.obsCode);
  }

  static from(status: number, headers: Record<string, unknown>, body: string): ObsCallError {
    const header = (n: string) =>
      typeof headers[n] === 'string' ? (headers[n] as string) : undefined;
    const code =
      xmlText(body, 'Code') ??
      header('x-obs-error-code') ??
      header('x-amz-error-code') ??
      `HTTP${status}`;
    const message =
      xmlText(body, 'Message') ??
      safeHeaderMessage(header('x-obs-error-message')) ??
      `OBS answered HTTP ${status}`;
    return new ObsCallError(status, code.slice(0, 64), `OBS: ${message.slice(0, 500)}`);
  }
}

function safeHeaderMessage(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
