import { TrainingJobSearchRequestSchema, type SearchFilter } from '@console/shared';
import { invalidParam, v2Errors } from './v2-errors.js';
import { jobView } from './v2-job-view.js';
import type { V2JobRecord } from '../../store/v2-types.js';

const OPERATORS: Record<string, readonly string[]> = {
  name: ['like', 'in', 'not'],
  algorithm_name: ['like', 'in', 'not'],
  create_time: ['between'],
  phase: ['in', 'not'],
  kind: ['in', 'not'],
  user_id: ['in', 'not'],
  // accepted, but emulator jobs have no runtime type: the filter matches every job
  runtime_type: ['in', 'not'],
};

const SORTERS: Record<string, (a: V2JobRecord, b: V2JobRecord) => number> = {
  create_time: (a, b) => a.create_time - b.create_time,
  name: (a, b) => a.name.localeCompare(b.name),
  phase: (a, b) => a.phase.localeCompare(b.phase),
  duration: (a, b) =>
    (a.end_time ?? Date.now()) - a.start_time - ((b.end_time ?? Date.now()) - b.start_time),
};

function matcher(f: SearchFilter, userId: string): (j: V2JobRecord) => boolean {
  if (f.key === undefined || f.key === '') return () => true;
  const allowed = OPERATORS[f.key];
  if (!allowed) throw v2Errors.unsupportedFilter(`filter key ${f.key}`);
  const operator = f.operator ?? allowed[0]!;
  if (!allowed.includes(operator))
    throw v2Errors.unsupportedFilter(`operator ${operator} for ${f.key}`);
  const all = f.value ?? [];
  const values = all.filter((v) => v !== '');
  if (f.key === 'create_time') {
    const [from = '', to = ''] = all;
    const lo = from === '' ? -Infinity : Number(from);
    const hi = to === '' ? Infinity : Number(to);
    if (Number.isNaN(lo) || Number.isNaN(hi))
      throw v2Errors.unsupportedFilter('create_time needs epoch milliseconds');
    return (j) => j.create_time >= lo && j.create_time <= hi;
  }
  if (values.length === 0 || f.key === 'runtime_type') return () => true;
  const field = (j: V2JobRecord): string =>
    f.key === 'name'
      ? j.name
      : f.key === 'algorithm_name'
        ? (j.algorithm.name ?? '')
        : f.key === 'phase'
          ? j.phase
          : f.key === 'kind'
            ? j.kind
            : userId;
  if (operator === 'like')
    return (j) => values.some((v) => field(j).toLowerCase().includes(v.toLowerCase()));
  if (operator === 'not') return (j) => !values.includes(field(j));
  return (j) => values.includes(field(j));
}

/** `POST training-job-searches` (catalog §4.3): offset is a page index, limit 1–50 (default 10). */
export function searchJobs(jobs: V2JobRecord[], body: unknown, userId: string) {
  const parsed = TrainingJobSearchRequestSchema.safeParse(body ?? {});
  if (!parsed.success) throw invalidParam(parsed.error);
  const {
    offset = 0,
    limit = 10,
    sort_by = 'create_time',
    order = 'desc',
    group_by = '',
    filters = [],
  } = parsed.data;
  const sorter = SORTERS[sort_by];
  if (!sorter) throw v2Errors.unsupportedSort(sort_by);
  const tests = filters.map((f) => matcher(f, userId));
  const matching = jobs.filter((j) => tests.every((t) => t(j)));
  const dir = order === 'asc' ? 1 : -1;
  matching.sort((a, b) => sorter(a, b) * dir || (a.create_time - b.create_time) * dir);
  const now = Date.now();
  return {
    total: jobs.length,
    count: matching.length,
    limit,
    offset,
    sort_by,
    order,
    group_by,
    workspace_id: '0',
    ai_project: 'default-ai-project',
    items: matching.slice(offset * limit, offset * limit + limit).map((j) => jobView(j, now)),
  };
}
