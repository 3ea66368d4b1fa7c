import express, { type RequestHandler } from 'express';

/** Largest JSON body the emulator reads (the cloud's limit is 12 MB; no request here needs more). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of objects and arrays a body may have (real requests nest fewer than 10). */
export const MAX_BODY_DEPTH = 64;

/** A body that parses but nests too deep to be stored (JSON.stringify throws RangeError on it). */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  constructor(readonly at: ReadonlyArray<PropertyKey>) {
    super(`the request body nests deeper than ${MAX_BODY_DEPTH} levels`);
    this.name = 'BodyTooDeepError';
  }
}

/**
 * The path of the first object or array nested deeper than `max` levels (the body itself is
 * level 1), or null. Walks with its own stack, so a deep body cannot exhaust the call stack.
 */
export function tooDeepAt(value: unknown, max = MAX_BODY_DEPTH): PropertyKey[] | null {
  const stack: Array<{ v: unknown; path: PropertyKey[] }> = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= max) return path;
    const entries: Array<[PropertyKey, unknown]> = Array.isArray(v)
      ? v.map((child, i) => [i, child])
      : Object.entries(v);
    for (const [key, child] of entries) stack.push({ v: child, path: [...path, key] });
  }
  return null;
}

const depthGuard: RequestHandler = (req, _res, next) => {
  const at = tooDeepAt(req.body);
  next(at ? new BodyTooDeepError(at) : undefined);
};

/**
 * JSON bodies for every route: at most MAX_BODY_BYTES (else body-parser's 413) and
 * MAX_BODY_DEPTH levels (else BodyTooDeepError, 400). The error handlers turn both into the
 * API's own error body.
 */
export function jsonBody(): RequestHandler[] {
  return [
    express.json({
      limit: MAX_BODY_BYTES,
      // the exact bytes, for AK/SK signatures (iam/aksk-auth.ts)
      verify: (req, _res, buf) => {
        (req as typeof req & { rawBody?: Buffer }).rawBody = buf;
      },
    }),
    depthGuard,
  ];
}
