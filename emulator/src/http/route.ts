import type { Request, RequestHandler, Router } from 'express';
import { expressPath, type Endpoint } from '@console/shared';

/** Path parameters a handler of `Endpoint<P>` receives (`project_id` from the mount point). */
export type ParamsOf<P extends string> = Record<P | 'project_id', string>;
export type ContractRequest<P extends string> = Request<ParamsOf<P>>;

const METHOD = { GET: 'get', POST: 'post', PUT: 'put', DELETE: 'delete' } as const;

/**
 * Registers `handlers` for a contract endpoint (shared/src/contracts): method and path come from
 * the contract, so the emulator cannot serve a path spelled differently from it. Mount the router
 * under `/{version}/:project_id` with `mergeParams`.
 */
export function route<P extends string>(
  router: Router,
  e: Endpoint<P>,
  ...handlers: Array<RequestHandler<ParamsOf<P>>>
): void {
  router[METHOD[e.method]](expressPath(e), ...handlers);
}
