import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { TokenService } from '../../domain/iam/token-service.js';
import { FaultsSchema, scrubBody, type ControlState } from './control-state.js';

/**
 * `/__control/…` (tests only): recorded requests, issued tokens, token expiry and faults
 * (`latency_ms`, `fail` with optional `headers`, `drop`, `reset_after`; see FaultsSchema).
 */
export function controlRouter(control: ControlState, tokens: TokenService): Router {
  const router = Router();
  router.get('/requests', (_req, res) => {
    res.json({ requests: control.requests });
  });
  router.delete('/requests', (_req, res) => {
    control.requests = [];
    res.json({ ok: true });
  });
  router.get('/tokens', (_req, res) => {
    res.json({ tokens: tokens.issued });
  });
  router.post('/tokens/expire', (_req, res) => {
    tokens.expireAll();
    res.json({ ok: true });
  });
  router.post('/faults', (req, res) => {
    const parsed = FaultsSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.status(400).json({ error: `${issue?.path.join('.')}: ${issue?.message}` });
      return;
    }
    control.faults = parsed.data;
    res.json({ ok: true, faults: control.faults });
  });
  router.delete('/faults', (_req, res) => {
    control.faults = {};
    res.json({ ok: true });
  });
  return router;
}

/** The handler runs to the end, but whatever it answers, the connection is destroyed instead. */
function resetInsteadOfAnswer(req: Request, res: Response): void {
  const destroy = () => {
    req.socket.destroy();
    return res;
  };
  res.writeHead = destroy as Response['writeHead'];
  res.write = (() => (destroy(), false)) as Response['write'];
  res.end = destroy as Response['end'];
}

/** Records every IAM / ModelArts request (after body parsing), then applies the active faults. */
export function controlMiddleware(control: ControlState): RequestHandler {
  return (req, res, next) => {
    const isJson = req.is('application/json') && req.body !== undefined;
    control.record({
      method: req.method,
      path: req.path,
      query: { ...req.query },
      ...(isJson ? { body: scrubBody(req.body) } : {}),
      at: new Date().toISOString(),
    });
    if (control.take('drop', req)) {
      req.socket.destroy();
      return;
    }
    const proceed = () => {
      const fail = control.take('fail', req);
      if (fail) {
        if (fail.headers) res.set(fail.headers);
        res.status(fail.status).json(fail.body ?? {});
        return;
      }
      if (control.take('reset_after', req)) resetInsteadOfAnswer(req, res);
      next();
    };
    const latency = control.faults.latency_ms ?? 0;
    if (latency > 0) setTimeout(proceed, latency);
    else proceed();
  };
}
