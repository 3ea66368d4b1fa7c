import type { Guardrail } from './portal-schema.js';

/** A create that breaks a guardrail: the field, and what is allowed (400, like a validation error). */
export interface GuardrailProblem {
  field: string;
  message: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** `obs://bucket/a/` and `/bucket/a/` name the same place. */
const normalise = (p: string) => p.replace(/^obs:\/\//, '/');

type Kind = 'code' | 'data' | 'outputs';
const kindWords: Record<Kind, string> = { code: 'code', data: 'data', outputs: 'outputs' };

function checkPath(g: Guardrail, kind: Kind, field: string, value: unknown): GuardrailProblem[] {
  const allowed = g.obs_prefixes?.[kind];
  const path = str(value);
  if (!allowed || path === undefined) return [];
  if (allowed.some((prefix) => normalise(path).startsWith(prefix))) return [];
  return [{ field, message: `${field}: ${kindWords[kind]} must be under ${allowed.join(' or ')}` }];
}

function checkFlavor(g: Guardrail, field: string, value: unknown): GuardrailProblem[] {
  if (!g.flavors) return [];
  const f = str(value);
  if (f && g.flavors.includes(f)) return [];
  return [{ field, message: `${field}: your role may use ${g.flavors.join(', ')}` }];
}

function checkNodes(g: Guardrail, field: string, value: unknown): GuardrailProblem[] {
  const n = typeof value === 'number' ? value : 1;
  if (g.max_nodes === undefined || n <= g.max_nodes) return [];
  return [{ field, message: `${field}: your role may use at most ${g.max_nodes} nodes` }];
}

/** v1 `POST training-jobs` and `…/versions` (catalog §3.1, §3.3): `config.*`. */
export function v1CreateProblems(body: unknown, g: Guardrail): GuardrailProblem[] {
  const c = obj(obj(body).config);
  const sources = Array.isArray(c.data_source) ? c.data_source : [];
  return [
    ...checkFlavor(g, 'config.flavor.code', obj(c.flavor).code),
    ...checkNodes(g, 'config.worker_server_num', c.worker_server_num),
    ...checkPath(g, 'code', 'config.app_url', c.app_url),
    ...checkPath(g, 'code', 'config.boot_file_url', c.boot_file_url),
    ...checkPath(g, 'data', 'config.data_url', c.data_url),
    ...sources.flatMap((s, i) =>
      checkPath(g, 'data', `config.data_source[${i}].data_url`, obj(s).data_url),
    ),
    ...checkPath(g, 'outputs', 'config.train_url', c.train_url),
    // v1 has no auto-stop: a guardrail that requires one cannot be kept by a v1 job
    ...(g.auto_stop_max_hours !== undefined
      ? [
          {
            field: 'config',
            message: `v1 jobs cannot stop by themselves; your role must use v2 with auto-stop (at most ${g.auto_stop_max_hours} h)`,
          },
        ]
      : []),
  ];
}

/** v2 `POST training-jobs` (catalog §4.1): `spec.resource`, `spec.auto_stop`, OBS paths. */
export function v2CreateProblems(body: unknown, g: Guardrail): GuardrailProblem[] {
  const b = obj(body);
  const a = obj(b.algorithm);
  const spec = obj(b.spec);
  const r = obj(spec.resource);
  const obsOf = (io: unknown) => obj(obj(obj(io).remote).obs).obs_url;
  const inputs = Array.isArray(a.inputs) ? a.inputs : [];
  const outputs = Array.isArray(a.outputs) ? a.outputs : [];
  const stop = obj(spec.auto_stop);
  const hours = typeof stop.duration === 'number' ? stop.duration : undefined;
  const max = g.auto_stop_max_hours;
  return [
    ...checkFlavor(g, 'spec.resource.flavor_id', r.flavor_id),
    ...checkNodes(g, 'spec.resource.node_count', r.node_count),
    ...checkPath(g, 'code', 'algorithm.code_dir', a.code_dir),
    ...checkPath(g, 'code', 'algorithm.boot_file', a.boot_file),
    ...inputs.flatMap((io, i) =>
      checkPath(g, 'data', `algorithm.inputs[${i}].remote.obs.obs_url`, obsOf(io)),
    ),
    ...outputs.flatMap((io, i) =>
      checkPath(g, 'outputs', `algorithm.outputs[${i}].remote.obs.obs_url`, obsOf(io)),
    ),
    ...(max !== undefined && (hours === undefined || hours > max)
      ? [
          {
            field: 'spec.auto_stop.duration',
            message: `spec.auto_stop.duration: your role's jobs must stop by themselves within ${max} hours`,
          },
        ]
      : []),
  ];
}
