import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import type { Authorize } from './pool-json.js';

/** The created job, in the create response's documented shape and status. */
export interface FoundJob {
  status: number;
  body: unknown;
}

export type ReconcileOutcome =
  ({ kind: 'found' } & FoundJob) | { kind: 'not-created' } | { kind: 'unknown'; reason: string };

/** What a create look-up needs: the pool, the session's project and token, the create body. */
export interface LookupInput {
  pool: Dispatcher;
  projectId: string;
  token: string;
  /** Adds the credential to a look-up call (default: `X-Auth-Token: token`). */
  authorize?: Authorize;
  body: unknown;
  /** Epoch ms when the create was sent: the job cannot be older (minus clock skew). */
  since: number;
  timeoutMs: number;
}

/** Looks for the job a create made; undefined when the body names no job (nothing to look for). */
export type CreateLookup = (i: LookupInput) => (() => Promise<FoundJob | undefined>) | undefined;

/** Upstream and BFF clocks may differ; a job created up to this much "before" the request counts. */
export const CLOCK_SKEW_MS = 60_000;

/**
 * After a create's answer was lost: looks the job up after each delay until it is found. The last
 * look-up decides: it found nothing → not created; it failed → unknown (never "not created" when
 * the job list could not be read).
 */
export async function reconcileCreate(
  find: () => Promise<FoundJob | undefined>,
  delaysMs: readonly number[],
): Promise<ReconcileOutcome> {
  let outcome: ReconcileOutcome = { kind: 'unknown', reason: 'no look-up was made' };
  for (const delay of delaysMs) {
    if (delay > 0) await sleep(delay);
    try {
      const found = await find();
      if (found) return { kind: 'found', ...found };
      outcome = { kind: 'not-created' };
    } catch (err) {
      outcome = { kind: 'unknown', reason: (err as Error).message };
    }
  }
  return outcome;
}

/** `job_name` / `metadata.name`-style string field of an unknown body. */
export function stringAt(body: unknown, ...path: string[]): string | undefined {
  let v: unknown = body;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === 'string' ? v : undefined;
}
