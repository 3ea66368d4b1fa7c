import express, { type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { pathPattern, type BodyTable, type Endpoint, type ParamPatterns } from '@console/shared';
import { NotFoundError } from '../errors.js';
import type { Logger } from '../logger.js';
import { series } from '../middleware/series.js';
import { requireSession } from '../middleware/session.js';
import { matchRoute, type AllowedRoute } from '../services/allow-list.js';
import type { CreateLookup } from '../services/proxy/reconcile.js';
import type { Upstream, UpstreamCall, UpstreamResponse } from '../services/proxy/upstream.js';
import {
  ClientGoneError,
  CredentialRefusedError,
  DeliveryError,
} from '../services/proxy/upstream-errors.js';
import { upstreamRequestParts } from '../services/proxy/upstream-request.js';
import { parseOrThrow } from '../validation.js';
import { forwardCreate } from './proxy-create.js';
import { deliverAnswer } from './proxy-deliver.js';
import { proxyFailure } from './proxy-failure.js';

/** A request body checked before the upstream is called (same schema as the web form and emulator). */
export interface PreflightValidator {
  method: 'POST' | 'PUT';
  path: RegExp;
  schema: z.ZodType;
}

/** The validators of every endpoint contract that has a body schema. */
export function preflightValidatorsOf<E extends Record<string, Endpoint>>(
  endpoints: E,
  bodies: BodyTable<E>,
  patterns: ParamPatterns,
): PreflightValidator[] {
  return Object.entries(endpoints).flatMap(([name, e]) => {
    const schema = bodies[name];
    return schema && (e.method === 'POST' || e.method === 'PUT')
      ? [{ method: e.method, path: new RegExp(`^${pathPattern(e, patterns)}$`), schema }]
      : [];
  });
}

/** A create whose lost answer is reconstructed by looking the job up (see proxy-create.ts). */
export interface CreateReconciler {
  path: RegExp;
  lookup: CreateLookup;
}

/** What both API versions share: one upstream (pool + queue + breaker) and the session hook. */
export interface ProxyDeps {
  upstream: Upstream;
  logger: Logger;
  /** An upstream 401 said the session's token is expired or invalid: end the session. */
  onUpstreamUnauthorized?: (req: Request) => void;
  /** Team portal: throws (403) when the session's role may not make this call. */
  authorize?: (req: Request, route: AllowedRoute) => void;
  /** Team portal: throws (400, naming the field) when a valid body breaks a guardrail. */
  guard?: (req: Request, route: AllowedRoute, version: string) => void;
  /** Team portal: rejects (403) a call on a job the session may not touch (operators: their own). */
  checkOwner?: (req: Request, route: AllowedRoute, version: string) => Promise<void>;
  /** Told of every call the upstream answered 200 (the portal records who created a v1 job). */
  onSucceeded?: (req: Request, route: AllowedRoute, version: string) => void;
  /**
   * Team portal: after the upstream refused a portal session's service credential, a renewed one
   * (the call is sent once more); undefined for other sessions.
   */
  renewCredential?: (req: Request) => Promise<string> | undefined;
  /** Told of each small answer handed to the browser (the job notifier's tap). */
  observe?: (
    req: Request,
    route: AllowedRoute,
    version: string,
    status: number,
    body: Buffer,
  ) => void;
}

export interface ApiProxyOptions extends ProxyDeps {
  /** `v1` or `v2`: the upstream prefix is `/{version}/{project_id}/`. */
  version: string;
  allowList: readonly AllowedRoute[];
  validators: readonly PreflightValidator[];
  reconcilers?: readonly CreateReconciler[];
}

/** The path below the mount, without leading slashes (computed once by the gate). */
const relPath = (res: Response) => res.locals.rel as string;

/** Aborts when the browser goes away before its answer was complete. */
function browserSignal(res: Response): AbortSignal {
  const ac = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) ac.abort(new ClientGoneError());
  });
  return ac.signal;
}

/**
 * The one proxy factory: allow-list, token injection, path rewrite to `/{version}/{project_id}/…`,
 * header filtering both ways, bounded queue, retries of GETs, lost-create reconciliation and one
 * error shape for upstream failures. Mount at `/api/{version}`.
 */
export function apiProxyRouter(opts: ApiProxyOptions): RequestHandler {
  const log = opts.logger.child({ module: `proxy-${opts.version}` });

  const gate: RequestHandler = (req, res, next) => {
    const path = req.path;
    const rel = path.charCodeAt(1) === 47 ? path.replace(/^\/+/, '') : path.slice(1);
    res.locals.rel = rel;
    const allowed = matchRoute(req.method, rel, opts.allowList);
    if (!allowed) {
      next(new NotFoundError(`${req.method} /api/${opts.version}/${rel} is not available`));
      return;
    }
    opts.authorize?.(req, allowed);
    res.locals.route = allowed;
    next();
  };

  const jsonBody = express.json({ limit: '1mb' });
  const preflight: RequestHandler = (req, res, next) => {
    const rel = relPath(res);
    const validator = opts.validators.find((v) => v.method === req.method && v.path.test(rel));
    if (!validator) {
      next();
      return;
    }
    const validate = (err?: unknown) => {
      if (err) return next(err);
      try {
        parseOrThrow(validator.schema, req.body);
        opts.guard?.(req, res.locals.route as AllowedRoute, opts.version);
        next();
      } catch (e) {
        next(e);
      }
    };
    // A body parser in front (app.ts) may have read the body already: do not parse twice.
    if (req.body !== undefined) validate();
    else jsonBody(req, res, validate);
  };

  const owned: RequestHandler = async (req, res, next) => {
    const route = res.locals.route as AllowedRoute;
    await opts.checkOwner?.(req, route, opts.version);
    const succeeded = opts.onSucceeded;
    if (succeeded) {
      res.once('finish', () => {
        if (res.statusCode === 200) succeeded(req, route, opts.version);
      });
    }
    next();
  };

  const forward: RequestHandler = async (req, res, next) => {
    const session = req.session;
    if (!session) throw new Error('requireSession must run before the proxy');
    const rel = relPath(res);
    const { observe } = opts;
    const route = res.locals.route as AllowedRoute;
    const at = req.originalUrl.indexOf('?');
    const query = at >= 0 ? req.originalUrl.slice(at) : '';
    const parts = upstreamRequestParts(req.headers, req.body, req);
    const signal = browserSignal(res);
    const reconciler =
      req.method === 'POST' ? opts.reconcilers?.find((r) => r.path.test(rel)) : undefined;
    // a service credential refused upstream is renewed and the call sent again, once (when its
    // body can be sent twice: none, or one already read)
    const renewable =
      session.portal !== undefined &&
      opts.renewCredential !== undefined &&
      !reconciler &&
      typeof parts.body !== 'object';
    const send = async (credential: string, mayRenew: boolean) => {
      const call: UpstreamCall = {
        method: req.method,
        path: `/${opts.version}/${encodeURIComponent(session.projectId)}/${rel}${query}`,
        ...parts,
        credential,
        signal,
      };
      const deliver = (r: UpstreamResponse) =>
        deliverAnswer(req, res, r, {
          version: opts.version,
          onTokenFailure: opts.onUpstreamUnauthorized,
          renewable: mayRenew,
          ...(observe
            ? {
                onWholeBody: (status: number, body: Buffer) =>
                  observe(req, route, opts.version, status, body),
              }
            : {}),
        });
      if (reconciler) {
        const { upstream, version } = opts;
        await forwardCreate(req, res, {
          upstream,
          version,
          call,
          lookup: reconciler.lookup,
          log,
          deliver,
        });
      } else {
        await opts.upstream.exchange(call, deliver);
      }
    };
    try {
      try {
        await send(session.token, renewable);
      } catch (err) {
        const renew =
          err instanceof DeliveryError && err.reason instanceof CredentialRefusedError
            ? opts.renewCredential?.(req)
            : undefined;
        if (!renew) throw err;
        log.info('service credential refused upstream: renewed, sending again');
        await send(await renew, false);
      }
    } catch (err) {
      proxyFailure(err, { req, res, next, upstream: opts.upstream, version: opts.version, log });
    }
  };

  // `owned` has nothing to do (and need not be an async step of every call) without its hooks
  const ownership = opts.checkOwner || opts.onSucceeded ? [owned] : [];
  // one layer at the mount instead of a router with one layer per step
  return series(requireSession, gate, preflight, ...ownership, forward);
}
