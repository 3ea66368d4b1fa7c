import { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { ObsClient } from '../clients/obs-client.js';
import {
  createSecurityTokenClient,
  type SecurityTokenClient,
} from '../clients/iam-security-token.js';
import type { Config } from '../config.js';
import type { Portal } from '../portal/portal-runtime.js';
import { obsKeySource } from '../services/obs/obs-keys.js';
import { TemporaryKeyCache } from '../services/obs/temp-key-cache.js';
import type { SessionStore } from '../services/session-store.js';
import { obsRouter } from './obs.js';
import { obsUploadsRouter } from './obs-uploads.js';

/**
 * A refused upload (400, 403, 413…) whose body is still coming: answer and close the connection,
 * rather than let Node read the rest of the body to keep it open.
 */
const closeUnreadUploads: ErrorRequestHandler = (err, req, res, next) => {
  if (!req.complete && !res.headersSent) res.setHeader('Connection', 'close');
  next(err);
};

export interface ObsApiOptions {
  config: Config;
  sessions: SessionStore;
  portal: Portal | undefined;
  /** Records writes (the portal's audit trail). */
  audit: RequestHandler;
  /** IAM securitytokens (tests count the calls). */
  securityTokens?: SecurityTokenClient;
}

/**
 * `/api/obs` (mount before the JSON body parser: uploads stream their raw bodies): the OBS client
 * to OBS_ENDPOINT, the session's keys (temporary from IAM in `iam` mode, forgotten when the
 * session ends; the portal's service key in `oidc` mode), the routes.
 */
export function obsApi(o: ObsApiOptions): { router: Router; close(): Promise<void> } {
  const obs = new ObsClient(o.config.obs.endpoint);
  const temporary = new TemporaryKeyCache(
    o.securityTokens ?? createSecurityTokenClient(o.config.iamEndpoint),
  );
  const keys = obsKeySource(temporary, o.portal);
  o.sessions.onEnded((id) => keys.ended(id));
  const deps = { obs, keys, maxUploadBytes: o.config.obs.maxUploadBytes };
  const router = Router();
  router.use(o.audit);
  router.use('/uploads', obsUploadsRouter(deps));
  router.use(obsRouter(deps));
  router.use(closeUnreadUploads);
  return { router, close: () => obs.close() };
}
