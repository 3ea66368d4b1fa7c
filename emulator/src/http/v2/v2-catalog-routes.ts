import { v2Endpoints } from '@console/shared';
import { Router } from 'express';
import { V2_ENGINES, V2_FLAVORS } from '../../domain/v2/v2-catalog.js';
import { V2Error } from '../../domain/v2/v2-errors.js';
import { route } from '../route.js';

/** Flavors (§4.12, `?flavor_type=CPU|GPU`) and preset engines (§4.13). */
export function v2CatalogRouter(): Router {
  const r = Router({ mergeParams: true });
  route(r, v2Endpoints.flavors, (req, res) => {
    const type = req.query.flavor_type;
    if (type !== undefined && type !== 'CPU' && type !== 'GPU')
      throw new V2Error(400, 'ModelArts.2764', 'QueryParamsError: flavor_type must be CPU or GPU');
    const flavors = V2_FLAVORS.filter((f) => type === undefined || f.flavor_type === type);
    res.json({ total_count: flavors.length, flavors });
  });
  route(r, v2Endpoints.engines, (_req, res) => {
    res.json({ total: V2_ENGINES.length, items: V2_ENGINES });
  });
  return r;
}
