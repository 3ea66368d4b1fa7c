import { Router } from 'express';
import type { TemporaryCredentials } from '../../domain/iam/temp-credentials.js';

/** `/__control/credentials/expire` (tests only): every temporary AK/SK expires now. */
export function credentialControlRouter(credentials: TemporaryCredentials): Router {
  const router = Router();
  router.post('/credentials/expire', (_req, res) => {
    credentials.expireAll();
    res.json({ ok: true });
  });
  return router;
}
