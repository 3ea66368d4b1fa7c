import type { Request, Response } from 'express';
import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import type { Logger } from '../logger.js';
import { requestId } from '../middleware/error-handler.js';
import { reconcileCreate, type CreateLookup, type FoundJob } from '../services/proxy/reconcile.js';
import type { Upstream, UpstreamCall, UpstreamResponse } from '../services/proxy/upstream.js';
import { errorCode, isLostAnswer, isTimeout } from '../services/proxy/upstream-errors.js';
import { readCapped } from './proxy-deliver.js';

/** Header on a create answer that the BFF had to reconstruct: `found`, `not-created`, `unknown`. */
export const RECONCILED_HEADER = 'X-Console-Reconciled';
const LOOKUP_TIMEOUT_MS = 10_000;

export interface CreateForward {
  upstream: Upstream;
  call: UpstreamCall;
  lookup: CreateLookup;
  version: string;
  log: Logger;
  deliver(r: UpstreamResponse): Promise<void>;
}

interface LostAnswer {
  status: 502 | 504;
  upstreamCode: string | undefined;
}

function codeIn(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { error_code?: unknown }).error_code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A create whose answer may be lost (reset, hang-up, timeout, or a gateway's 502/504 after the
 * request was sent) is not reported as failed: the job is looked up by name. Found → the created
 * job, as the create would have answered; not found → a clear "not created, try again" error;
 * the look-up failed → "unknown, check the list first". Other answers pass as usual.
 */
export async function forwardCreate(req: Request, res: Response, c: CreateForward): Promise<void> {
  const session = req.session;
  if (!session) throw new Error('requireSession must run before the proxy');
  const since = Date.now();
  let lost: LostAnswer | undefined;
  try {
    await c.upstream.exchange(c.call, async (r) => {
      if (r.statusCode !== 502 && r.statusCode !== 504) return c.deliver(r);
      lost = { status: r.statusCode, upstreamCode: codeIn(await readCapped(r.body)) };
    });
  } catch (err) {
    if (!isLostAnswer(err)) throw err;
    c.log.warn({ code: errorCode(err), path: c.call.path }, 'create sent, no answer');
    lost = { status: isTimeout(err) ? 504 : 502, upstreamCode: undefined };
  }
  if (!lost) return;
  const find = c.lookup({
    pool: c.upstream.pool,
    projectId: session.projectId,
    token: session.token,
    authorize: (credential, call) => c.upstream.headersFor(credential, call),
    body: req.body,
    since,
    timeoutMs: Math.min(LOOKUP_TIMEOUT_MS, c.upstream.settings.timeoutMs),
  });
  const outcome = find
    ? await reconcileCreate(find, c.upstream.settings.reconcileDelaysMs)
    : ({ kind: 'unknown', reason: 'the body names no job' } as const);
  c.log.warn({ lost, outcome: outcome.kind, path: c.call.path }, 'create answer lost');
  if (res.headersSent || res.destroyed) return;
  if (outcome.kind === 'found') return sendFound(res, outcome);
  res.setHeader(RECONCILED_HEADER, outcome.kind);
  res.status(lost.status).json(lostBody(req, c.version, lost, outcome.kind === 'not-created'));
}

function sendFound(res: Response, found: FoundJob): void {
  res.setHeader(RECONCILED_HEADER, 'found');
  res.status(found.status).json(found.body);
}

function lostBody(
  req: Request,
  version: string,
  lost: LostAnswer,
  notCreated: boolean,
): ConsoleErrorBody {
  const what = `ModelArts (${version}) did not answer the create`;
  const code = notCreated
    ? ConsoleErrorCode.notCreated
    : lost.status === 504
      ? ConsoleErrorCode.upstreamTimeout
      : ConsoleErrorCode.upstreamUnreachable;
  return {
    error_code: code,
    error_msg: notCreated
      ? `${what}, and the job was not created: trying again is safe`
      : `${what}, and the job list could not be checked: look for the job in the list before trying again`,
    request_id: requestId(req),
    ...(lost.upstreamCode ? { upstream_code: lost.upstreamCode } : {}),
  };
}
