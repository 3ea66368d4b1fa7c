import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Several middlewares run one after another as one: one router layer (one path match, one prefix
 * trim and restore, one URL re-parse) instead of one per middleware. Errors behave as Express 5
 * makes them behave: a throw or a rejected promise goes to `next(err)`, and any `next(err)` (also
 * `'route'` / `'router'`) leaves the series at once for the outer router.
 */
export function series(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let i = 0;
    const step = (err?: unknown): void => {
      if (err !== undefined && err !== null && err !== false) {
        next(err);
        return;
      }
      const handler = handlers[i++];
      if (!handler) {
        next();
        return;
      }
      try {
        const ret: unknown = handler(req, res, step);
        if (ret instanceof Promise) {
          ret.then(undefined, (e: unknown) => next(e ?? new Error('Rejected promise')));
        }
      } catch (e) {
        next(e);
      }
    };
    step();
  };
}
