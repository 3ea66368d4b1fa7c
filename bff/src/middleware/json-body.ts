import type { IncomingMessage } from 'node:http';
import express, { type RequestHandler } from 'express';
import { UnsupportedMediaTypeError } from '../errors.js';
import { nestsDeeperThan } from './json-depth.js';

export const KB = 1024;
export const MB = 1024 * KB;
/** Limits of the BFF's JSON bodies (the upstream documents none; a create body is a few KB). */
export const API_BODY_LIMIT = 1 * MB;
export const LOGIN_BODY_LIMIT = 16 * KB;
export const MAX_JSON_DEPTH = 64;

const JSON_TYPES = ['application/json', 'application/*+json'];

/** A body nested too deep, refused before JSON.parse (body-parser keeps `status` and `type`). */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor(readonly maxDepth: number) {
    super(`The JSON body is nested deeper than ${maxDepth} levels`);
    this.name = 'JsonTooDeepError';
  }
}

function carriesBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Parses a JSON request body with a size limit (413 past it) and a nesting limit checked on the raw
 * bytes (400), so that no recursive code (zod, JSON.stringify when re-sent upstream) ever sees a
 * hostile shape. A body of any other type is a 415; a request without a body passes untouched.
 * The parsed value is `req.body` (undefined when there was no body).
 */
export function jsonBody(opts: { limit: number; maxDepth?: number }): RequestHandler {
  const maxDepth = opts.maxDepth ?? MAX_JSON_DEPTH;
  const parse = express.json({
    limit: opts.limit,
    type: JSON_TYPES,
    verify: (_req, _res, buf) => {
      if (nestsDeeperThan(buf, maxDepth)) throw new JsonTooDeepError(maxDepth);
    },
  });
  return (req, res, next) => {
    if (!carriesBody(req)) {
      next();
      return;
    }
    if (!req.is(JSON_TYPES)) {
      const type = req.get('content-type');
      next(
        new UnsupportedMediaTypeError(
          `The request body must be JSON (Content-Type: application/json)${type ? `, not ${type.slice(0, 100)}` : ''}`,
        ),
      );
      return;
    }
    parse(req, res, next);
  };
}
