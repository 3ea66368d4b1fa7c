import { Router } from 'express';
import { BuiltInAlgorithmListQuerySchema, v1Endpoints } from '@console/shared';
import {
  BUILT_IN_ALGORITHMS,
  type BuiltInAlgorithmDef,
} from '../../domain/v1/built-in-algorithms.js';
import { findEngine } from '../../domain/v1/catalog.js';
import { invalidArgument } from '../../domain/v1/errors.js';
import { route } from '../route.js';

/** A `models[]` item: `parameter` JSON-encoded as on the REST page (§3.12). */
function modelView(a: BuiltInAlgorithmDef) {
  const engine = findEngine(a.engine_id);
  const { script: _script, parameter, ...fields } = a;
  return {
    ...fields,
    parameter: JSON.stringify(parameter),
    engine_name: engine?.engine_name ?? null,
    engine_version: engine?.engine_version ?? null,
  };
}

type ModelView = ReturnType<typeof modelView>;
const SORT_FIELD: Record<string, (m: ModelView) => string | number> = {
  engine: (m) => m.engine_name ?? '',
  model_name: (m) => m.model_name,
  model_precision: (m) => m.model_precision,
  model_usage: (m) => m.model_usage,
  model_size: (m) => m.model_size,
  create_time: (m) => m.create_time,
  parameter: (m) => m.parameter,
};

/** `GET /v1/{project_id}/built-in-algorithms` (catalog §3.12). */
export function algorithmRouter(): Router {
  const router = Router();
  route(router, v1Endpoints.builtInAlgorithms, (req, res) => {
    const q = BuiltInAlgorithmListQuerySchema.safeParse(req.query);
    if (!q.success) throw invalidArgument(q.error);
    const { per_page, page, sortBy, order, search_content } = q.data;
    const needle = search_content?.toLowerCase() ?? '';
    const rows = BUILT_IN_ALGORITHMS.map(modelView).filter(
      (m) =>
        m.model_name.toLowerCase().includes(needle) || m.parameter.toLowerCase().includes(needle),
    );
    const key = SORT_FIELD[sortBy]!;
    const dir = order === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const cmp =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return cmp * dir || a.model_id - b.model_id;
    });
    res.json({
      is_success: true,
      model_total_count: rows.length,
      models: rows.slice((page - 1) * per_page, page * per_page),
    });
  });
  return router;
}
