import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Router, type Request } from 'express';
import { CreateAlgorithmRequestSchema, v2Endpoints } from '@console/shared';
import { obsToLocal } from '../../paths.js';
import { invalidParam, V2Error, v2Errors } from '../../domain/v2/v2-errors.js';
import { authOf } from './v2-jobs-routes.js';
import type { V2Runtime } from './v2-runtime.js';
import type { V2AlgorithmRecord } from '../../store/v2-types.js';
import { route } from '../route.js';

type Params = { project_id: string; algorithm_id: string };

interface TreeNode {
  name: string;
  children: TreeNode[];
}

/** `code_tree` of an algorithm: the code folder's files (depth-limited). */
function codeTree(root: string | null, name: string, depth = 0): TreeNode {
  const node: TreeNode = { name, children: [] };
  if (!root || depth > 3) return node;
  try {
    for (const e of fs.readdirSync(root, { withFileTypes: true }).slice(0, 100))
      node.children.push(
        e.isDirectory()
          ? codeTree(path.join(root, e.name), `${e.name}/`, depth + 1)
          : { name: e.name, children: [] },
      );
  } catch {
    // no code folder in OBS
  }
  return node;
}

function algorithmView(rt: V2Runtime, a: V2AlgorithmRecord) {
  const b = a.body;
  const cfg = b.job_config ?? {};
  let local: string | null = null;
  try {
    local = cfg.code_dir ? obsToLocal(rt.ctx.paths.obs, cfg.code_dir) : null;
  } catch {
    local = null;
  }
  return {
    metadata: {
      id: a.id,
      name: b.metadata.name,
      description: b.metadata.description ?? '',
      workspace_id: b.metadata.workspace_id ?? '0',
      ai_project: b.metadata.ai_project ?? 'default-ai-project',
      user_name: a.user_name,
      domain_id: a.domain_id,
      source: 'custom',
      api_version: 'v2',
      is_valid: true,
      state: 'Available',
      tags: null,
      attr_list: null,
      version_num: 0,
      size: 0,
      create_time: a.create_time,
      update_time: a.update_time,
    },
    job_config: {
      ...cfg,
      parameters: cfg.parameters ?? [],
      inputs: cfg.inputs ?? [],
      outputs: cfg.outputs ?? [],
      engine: cfg.engine ?? {},
      code_tree: codeTree(local, cfg.code_dir ? `${path.basename(local ?? '')}/` : ''),
      parameters_customization: cfg.parameters_customization ?? false,
    },
    resource_requirements: (b.resource_requirements ?? []).map((r) => ({
      key: r.key,
      value: r.value ?? r.values ?? [],
      operator: r.operator ?? 'in',
    })),
    advanced_config: b.advanced_config ?? {},
    share_info: {},
  };
}

const SORT: Record<string, (a: V2AlgorithmRecord, b: V2AlgorithmRecord) => number> = {
  create_time: (a, b) => a.create_time - b.create_time,
  update_time: (a, b) => a.update_time - b.update_time,
  name: (a, b) => a.body.metadata.name.localeCompare(b.body.metadata.name),
};

const intParam = (v: unknown, name: string, def: number, min: number, max: number): number => {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new V2Error(
      400,
      'ModelArts.2764',
      `QueryParamsError: ${name} must be an integer in [${min}, ${max}]`,
    );
  return n;
};

/** Algorithms (catalog §4.14): create 201, list, details, modify 201, delete 202. */
export function v2AlgorithmsRouter(rt: V2Runtime): Router {
  const r = Router({ mergeParams: true });
  const parse = (body: unknown) => {
    const parsed = CreateAlgorithmRequestSchema.safeParse(body);
    if (!parsed.success) throw invalidParam(parsed.error);
    return parsed.data;
  };
  const find = (req: Request<Params>) => {
    rt.ensureShipped(req.params.project_id);
    const a = rt.v2.findAlgorithm(req.params.project_id, req.params.algorithm_id);
    if (!a) throw v2Errors.algorithmNotFound(req.params.algorithm_id);
    return a;
  };
  const nameTaken = (projectId: string, name: string, except?: string) =>
    rt.v2.algorithmsOf(projectId).some((a) => a.body.metadata.name === name && a.id !== except);

  route(r, v2Endpoints.createAlgorithm, (req: Request<{ project_id: string }>, res) => {
    const auth = authOf(res);
    rt.ensureShipped(auth.project_id);
    const body = parse(req.body);
    if (nameTaken(auth.project_id, body.metadata.name))
      throw v2Errors.duplicateAlgorithmName(body.metadata.name);
    const now = Date.now();
    const a: V2AlgorithmRecord = {
      id: randomUUID(),
      project_id: auth.project_id,
      user_name: auth.user_name,
      domain_id: auth.domain_id,
      create_time: now,
      update_time: now,
      shipped: false,
      body,
    };
    rt.v2.addAlgorithm(a);
    res.status(201).json(algorithmView(rt, a));
  });

  route(r, v2Endpoints.listAlgorithms, (req: Request<{ project_id: string }>, res) => {
    rt.ensureShipped(req.params.project_id);
    const q = req.query;
    const offset = intParam(q.offset, 'offset', 0, 0, 1_000_000);
    const limit = intParam(q.limit, 'limit', 10, 1, 50);
    const sortBy = String(q.sort_by ?? 'create_time');
    const order = String(q.order ?? 'desc');
    const sorter = SORT[sortBy];
    if (!sorter) throw v2Errors.unsupportedSort(sortBy);
    if (order !== 'asc' && order !== 'desc')
      throw new V2Error(400, 'ModelArts.2764', 'QueryParamsError: order must be asc or desc');
    const all = rt.v2.algorithmsOf(req.params.project_id);
    const needle = String(q.searches ?? '')
      .replace(/^name:/, '')
      .toLowerCase();
    const rows = all.filter((a) => a.body.metadata.name.toLowerCase().includes(needle));
    rows.sort((a, b) => sorter(a, b) * (order === 'asc' ? 1 : -1));
    res.json({
      total: all.length,
      count: rows.length,
      limit,
      offset,
      sort_by: sortBy,
      order,
      group_by: String(q.group_by ?? ''),
      items: rows.slice(offset, offset + limit).map((a) => algorithmView(rt, a)),
    });
  });

  route(r, v2Endpoints.getAlgorithm, (req: Request<Params>, res) => {
    res.json(algorithmView(rt, find(req)));
  });

  route(r, v2Endpoints.updateAlgorithm, (req: Request<Params>, res) => {
    const a = find(req);
    const body = parse(req.body);
    if (nameTaken(a.project_id, body.metadata.name, a.id))
      throw v2Errors.duplicateAlgorithmName(body.metadata.name);
    a.body = body;
    a.update_time = Date.now();
    rt.v2.metaChanged();
    res.status(201).json(algorithmView(rt, a));
  });

  route(r, v2Endpoints.deleteAlgorithm, (req: Request<Params>, res) => {
    const a = find(req);
    rt.v2.removeAlgorithm(a.id);
    res.status(202).end();
  });

  return r;
}
