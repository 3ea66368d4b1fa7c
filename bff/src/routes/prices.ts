import { Router } from 'express';
import type { PriceTable, PricesResponse } from '@console/shared';
import { requireSession } from '../middleware/session.js';

/**
 * `GET /api/prices` (shared/src/console/prices.ts): the operator's price table for the create
 * forms' cost estimate; `{ table: null }` without PRICE_TABLE_FILE. Signed-in users only.
 */
export function pricesRouter(table: PriceTable | undefined): Router {
  const router = Router();
  const body: PricesResponse = { table: table ?? null };
  router.get('/', requireSession, (_req, res) => {
    res.set('cache-control', 'private, max-age=300').json(body);
  });
  return router;
}
