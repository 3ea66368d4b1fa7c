import {
  v1StatusInfo,
  v2PhaseInfo,
  type StatusBucket,
  type TrainingJobSummary,
} from '@console/shared';
import { paths } from '../../config/paths.js';
import { creatorOf } from '../../lib/job-owner.js';
import type { SortField } from './list-filters.js';

/** What the list's actions address: a v1 job (and its shown version) or a v2 job. */
export type JobTarget =
  { api: 'v1'; jobId: number; versionId: number | null } | { api: 'v2'; jobId: string };

/** One row of the merged job list, whatever API the job comes from. */
export interface JobRow {
  api: 'v1' | 'v2';
  target: JobTarget;
  /** Unique across both APIs (`v1:10`, `v2:3faf…`). */
  key: string;
  name: string;
  href: string;
  statusLabel: string;
  /** Raw status: the v1 code or the v2 phase (kept as a data attribute). */
  statusCode: string;
  bucket: StatusBucket;
  createTime: number;
  duration: number | null;
  description: string;
  /** Who started the job through this console (v2); null: not through it; undefined: unknown (v1). */
  createdBy: string | null | undefined;
}

/** The fields of a v2 Job object (catalog §4.2) the list uses. */
export interface V2JobListItem {
  metadata: {
    id: string;
    name: string;
    description?: string | null;
    create_time?: number | null;
    annotations?: Record<string, string> | null;
  };
  status?: { phase?: string | null; duration?: number | null } | null;
}

export function fromV1(job: TrainingJobSummary): JobRow {
  const info = v1StatusInfo(job.status);
  return {
    api: 'v1',
    target: { api: 'v1', jobId: job.job_id, versionId: job.version_id ?? null },
    key: `v1:${job.job_id}`,
    name: job.job_name,
    // A job created with create_version:false has no version (and so no detail page) yet.
    href: job.version_id == null ? paths.jobs.href() : paths.v1Job.href(job.job_id, job.version_id),
    statusLabel: info.label,
    statusCode: String(info.code),
    bucket: info.bucket,
    createTime: job.create_time,
    duration: job.duration ?? null,
    description: job.job_desc ?? '',
    createdBy: undefined,
  };
}

export function fromV2(job: V2JobListItem): JobRow {
  const info = v2PhaseInfo(job.status?.phase ?? '');
  return {
    api: 'v2',
    target: { api: 'v2', jobId: job.metadata.id },
    key: `v2:${job.metadata.id}`,
    name: job.metadata.name,
    href: paths.v2Job.href(job.metadata.id),
    statusLabel: info.label,
    statusCode: info.phase,
    bucket: info.bucket,
    createTime: job.metadata.create_time ?? 0,
    duration: job.status?.duration ?? null,
    description: job.metadata.description ?? '',
    createdBy: creatorOf(job.metadata),
  };
}

/**
 * The list's order across both APIs, as each server sorts (creation time, or name by the
 * collation both use): no tie-break, so that jobs equal in the sort field keep their server's
 * order (the merge puts the earlier source first on ties).
 */
export function rowOrder(sort: SortField, order: 'asc' | 'desc'): (a: JobRow, b: JobRow) => number {
  const sign = order === 'asc' ? 1 : -1;
  return sort === 'name'
    ? (a, b) => sign * a.name.localeCompare(b.name)
    : (a, b) => sign * (a.createTime - b.createTime);
}
