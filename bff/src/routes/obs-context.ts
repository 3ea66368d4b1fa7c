import type { Request, Response } from 'express';
import { ConsoleErrorCode } from '@console/shared';
import type { ObsClient } from '../clients/obs-client.js';
import { ObsCallError } from '../clients/obs-error.js';
import type { ObsKeys } from '../clients/obs-signer.js';
import { ConsoleError, PayloadTooLargeError, UnauthenticatedError } from '../errors.js';
import { obsAccessFor, type ObsAccess } from '../services/obs/obs-access.js';
import type { ObsKeySource } from '../services/obs/obs-keys.js';

export interface ObsRouteDeps {
  obs: ObsClient;
  keys: ObsKeySource;
  /** Largest body one upload request (a file, a part) and one multipart file may have. */
  maxUploadBytes: number;
}

export interface ObsCallContext {
  keys: ObsKeys;
  access: ObsAccess;
  /** Aborted when the browser goes away before the answer is complete. */
  signal: AbortSignal;
  /** Runs an OBS call; keys OBS refused are forgotten (the next call gets new ones). */
  run<T>(fn: () => Promise<T>): Promise<T>;
}

/** The signed-in session's OBS keys and access, and the browser's abort signal. */
export async function obsContext(
  deps: ObsRouteDeps,
  req: Request,
  res: Response,
): Promise<ObsCallContext> {
  const session = req.session;
  const id = req.sessionId;
  if (!session || !id) throw new UnauthenticatedError();
  const access = obsAccessFor(session);
  const keys = await deps.keys.keysFor(id, session);
  const aborter = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) aborter.abort();
  });
  return {
    keys,
    access,
    signal: aborter.signal,
    run: async (fn) => {
      try {
        return await fn();
      } catch (err) {
        if (err instanceof ObsCallError && err.keysRefused) deps.keys.refused(id);
        // an upload refused half-way: close the connection rather than read the rest of its body
        if (!req.complete) res.setHeader('Connection', 'close');
        if (aborter.signal.aborted)
          throw new ConsoleError(
            400,
            ConsoleErrorCode.badRequest,
            'The browser closed the request',
          );
        throw err;
      }
    },
  };
}

/**
 * The declared size of an upload body: `Content-Length` required (411) and at most `max` (413,
 * answered before any byte goes to OBS; the connection is closed rather than the body read).
 */
export function uploadLength(req: Request, res: Response, max: number): number {
  const raw = req.get('content-length');
  if (raw === undefined || req.get('transfer-encoding') !== undefined || !/^\d{1,16}$/.test(raw)) {
    res.setHeader('Connection', 'close');
    throw new ConsoleError(
      411,
      ConsoleErrorCode.lengthRequired,
      'An upload needs a Content-Length header (its size in bytes)',
    );
  }
  const length = Number(raw);
  if (length > max) {
    res.setHeader('Connection', 'close');
    throw new PayloadTooLargeError(
      `The file is ${length} bytes; uploads may be at most ${max} bytes`,
    );
  }
  return length;
}
