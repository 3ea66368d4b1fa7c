import { z } from 'zod';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body?: unknown;
  at: string;
}

const prefix = z.string().startsWith('/').optional();
/** Which requests a fault applies to: a path prefix and/or a method (both optional). */
const match = {
  count: z.number().int().min(1),
  path_prefix: prefix,
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE']).optional(),
};
const headerName = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a header name');
export const FaultsSchema = z.strictObject({
  latency_ms: z.number().int().min(0).max(60_000).optional(),
  /** Answer `status` + `body` (+ `headers`, e.g. Retry-After) instead of the handler. */
  fail: z
    .strictObject({
      status: z.number().int().min(100).max(599),
      body: z.unknown(),
      headers: z.record(headerName, z.string().max(256)).optional(),
      ...match,
    })
    .optional(),
  /** Destroy the connection before the handler runs (nothing happens). */
  drop: z.strictObject(match).optional(),
  /** Let the handler run (a create really creates), then destroy the connection unanswered. */
  reset_after: z.strictObject(match).optional(),
});
export type Faults = z.infer<typeof FaultsSchema>;
type FaultKind = 'fail' | 'drop' | 'reset_after';

const MAX_RECORDED = 5000;

/** What the test control surface remembers: received requests and the active faults. */
export class ControlState {
  requests: RecordedRequest[] = [];
  faults: Faults = {};

  record(r: RecordedRequest): void {
    this.requests.push(r);
    if (this.requests.length > MAX_RECORDED)
      this.requests.splice(0, this.requests.length - MAX_RECORDED);
  }

  /** Takes one unit of a fault that applies to this request, if any. */
  take<K extends FaultKind>(kind: K, req: { method: string; path: string }): Faults[K] {
    const fault = this.faults[kind];
    if (!fault || fault.count <= 0) return undefined;
    if (fault.path_prefix && !req.path.startsWith(fault.path_prefix)) return undefined;
    if (fault.method && fault.method !== req.method) return undefined;
    fault.count -= 1;
    if (fault.count === 0) delete this.faults[kind];
    return fault;
  }
}

/** Copies a JSON body with any password blanked (IAM bodies carry one). */
export function scrubBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(scrubBody);
  if (body === null || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [
      k,
      /password/i.test(k) && typeof v === 'string' ? '******' : scrubBody(v),
    ]),
  );
}
