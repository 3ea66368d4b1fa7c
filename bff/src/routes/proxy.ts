import type { Agent, ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import express, { Router, type RequestHandler } from 'express';
import { createProxyMiddleware, fixRequestBody } from 'http-proxy-middleware';
import { AUTH_TOKEN_HEADER, ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import type { z } from 'zod';
import { createUpstreamAgent } from '../clients/upstream-agent.js';
import { NotFoundError } from '../errors.js';
import type { Logger } from '../logger.js';
import { requireSession } from '../middleware/session.js';
import { filterResponseHeaders, shouldForwardRequestHeader } from '../services/proxy-headers.js';
import { isAllowed, type AllowedRoute } from '../services/allow-list.js';
import { parseOrThrow } from '../validation.js';

/** A request body checked before the upstream is called (same schema as the web form and emulator). */
export interface PreflightValidator {
  method: 'POST' | 'PUT';
  path: RegExp;
  schema: z.ZodType;
}

export interface ApiProxyOptions {
  /** `v1` or `v2`: the upstream prefix is `/{version}/{project_id}/`. */
  version: string;
  target: string;
  allowList: readonly AllowedRoute[];
  validators: readonly PreflightValidator[];
  logger: Logger;
  timeoutMs?: number;
  agent?: Agent;
}

interface Forward {
  path: string;
  token: string;
}

function writeProxyError(
  req: IncomingMessage,
  res: ServerResponse | Socket,
  status: number,
  body: ConsoleErrorBody,
): void {
  if (!('writeHead' in res)) {
    res.destroy();
    return;
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ ...body, request_id: String((req as { id?: unknown }).id ?? '') }));
}

/**
 * The one proxy factory: allow-list, token injection, path rewrite to `/{version}/{project_id}/…`,
 * header filtering both ways and one error shape for upstream failures. Mount at `/api/{version}`.
 */
export function apiProxyRouter(opts: ApiProxyOptions): Router {
  const forwards = new WeakMap<IncomingMessage, Forward>();
  const timedOut = new WeakSet<IncomingMessage>();
  const agent = opts.agent ?? createUpstreamAgent(opts.target);
  const log = opts.logger.child({ module: `proxy-${opts.version}` });

  const gate: RequestHandler = (req, _res, next) => {
    const rel = req.path.replace(/^\/+/, '');
    if (!isAllowed(req.method, rel, opts.allowList)) {
      next(new NotFoundError(`${req.method} /api/${opts.version}/${rel} is not available`));
      return;
    }
    const session = req.session;
    if (!session) throw new Error('requireSession must run before the proxy gate');
    const query = req.originalUrl.includes('?')
      ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
      : '';
    forwards.set(req, {
      path: `/${opts.version}/${encodeURIComponent(session.projectId)}/${rel}${query}`,
      token: session.token,
    });
    next();
  };

  const jsonBody = express.json({ limit: '1mb' });
  const preflight: RequestHandler = (req, res, next) => {
    const rel = req.path.replace(/^\/+/, '');
    const validator = opts.validators.find((v) => v.method === req.method && v.path.test(rel));
    if (!validator) {
      next();
      return;
    }
    jsonBody(req, res, (err?: unknown) => {
      if (err) {
        next(err);
        return;
      }
      try {
        parseOrThrow(validator.schema, req.body);
        next();
      } catch (e) {
        next(e);
      }
    });
  };

  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: opts.target,
    changeOrigin: true,
    agent,
    xfwd: false,
    proxyTimeout: opts.timeoutMs ?? 60_000,
    pathRewrite: (_path, req) => forwards.get(req)?.path,
    on: {
      proxyReq: (proxyReq: ClientRequest, req: IncomingMessage) => {
        for (const name of proxyReq.getHeaderNames()) {
          if (!shouldForwardRequestHeader(name)) proxyReq.removeHeader(name);
        }
        const fwd = forwards.get(req);
        if (fwd) proxyReq.setHeader(AUTH_TOKEN_HEADER, fwd.token);
        proxyReq.on('timeout', () => timedOut.add(req));
        fixRequestBody(proxyReq, req);
      },
      proxyRes: (proxyRes: IncomingMessage) => {
        filterResponseHeaders(proxyRes.headers);
      },
      error: (err: Error & { code?: string }, req, res) => {
        const timeout = timedOut.has(req) || err.code === 'ETIMEDOUT';
        log.warn({ code: err.code, timeout, url: forwards.get(req)?.path }, 'upstream failed');
        writeProxyError(req, res, timeout ? 504 : 502, {
          error_code: timeout
            ? ConsoleErrorCode.upstreamTimeout
            : ConsoleErrorCode.upstreamUnreachable,
          error_msg: timeout
            ? `ModelArts (${opts.version}) did not answer in time`
            : `ModelArts (${opts.version}) is unreachable`,
        });
      },
    },
  });

  const router = Router();
  router.use(requireSession, gate, preflight, proxy);
  return router;
}
