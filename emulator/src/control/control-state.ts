import { z } from 'zod';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body?: unknown;
  at: string;
}

const prefix = z.string().startsWith('/').optional();
export const FaultsSchema = z.strictObject({
  latency_ms: z.number().int().min(0).max(60_000).optional(),
  fail: z
    .strictObject({
      status: z.number().int().min(100).max(599),
      body: z.unknown(),
      count: z.number().int().min(1),
      path_prefix: prefix,
      headers: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  drop: z.strictObject({ count: z.number().int().min(1), path_prefix: prefix }).optional(),
});
export type Faults = z.infer<typeof FaultsSchema>;

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

  /** Takes one unit of a fail/drop fault that applies to `path`, if any. */
  take(kind: 'fail' | 'drop', path: string): Faults['fail'] | Faults['drop'] | undefined {
    const fault = this.faults[kind];
    if (!fault || fault.count <= 0) return undefined;
    if (fault.path_prefix && !path.startsWith(fault.path_prefix)) return undefined;
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
