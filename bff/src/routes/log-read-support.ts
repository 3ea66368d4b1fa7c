import type { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import type { ModelArtsV2LogClient } from '../clients/modelarts-v2-client.js';
import { TooManyRequestsError } from '../errors.js';
import { openV2LogFile } from '../services/log-download/v2-log-file.js';

/**
 * At most `max` reads at once (429 with `retryAfterSeconds` beyond): `take()` holds a slot and
 * returns its release, which frees it once however often it is called.
 */
export function readSlots(max: number, message: string, retryAfterSeconds: number) {
  let running = 0;
  return function take(): () => void {
    if (running >= max) throw new TooManyRequestsError(message, retryAfterSeconds);
    running += 1;
    let freed = false;
    return () => {
      if (!freed) running -= 1;
      freed = true;
    };
  };
}

export interface V2FileDeps {
  v2: ModelArtsV2LogClient;
  modelartsEndpoint: string;
  obsDownloadHosts: string[];
}

/**
 * Runs `use` over a v2 task's full log file (`openV2LogFile`) for this request: the file is
 * closed after `use` and when the client goes away. With `fromByte`, the file is asked from that
 * byte on; `use` is told where its stream starts (0 when the server sent the whole file).
 */
export async function withV2LogFile(
  deps: V2FileDeps,
  req: Request,
  res: Response,
  target: { jobId: string; taskId: string },
  use: (stream: Readable, at: number) => Promise<void>,
  fromByte = 0,
): Promise<void> {
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const file = await openV2LogFile(
    {
      ...deps,
      fetchTimeoutMs: 30_000,
      onRefusedHost: (host) => req.log.warn({ host }, 'v2 log link to a host that is not allowed'),
    },
    { projectId: req.session?.projectId ?? '', ...target },
    req.session?.token ?? '',
    abort.signal,
    fromByte > 0 ? { from: fromByte } : undefined,
  );
  try {
    await use(file.stream, file.ranged ? fromByte : 0);
  } finally {
    file.stream.destroy();
  }
}
