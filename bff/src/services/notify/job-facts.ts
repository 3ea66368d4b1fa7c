import {
  isV1Terminal,
  isV2Terminal,
  TrainingJobSearchResponseSchema,
  TrainingJobV2Schema,
  TrainingJobVersionDetailsResponseSchema,
  TrainingJobListResponseSchema,
  v1StatusInfo,
  v2PhaseInfo,
  type TrainingJobV2,
} from '@console/shared';

/** A job (v2) or a job version (v1) in one project: what a notification is about. */
export interface JobRef {
  api: 'v1' | 'v2';
  projectId: string;
  jobId: string;
  /** v1 only: the version that ran. */
  versionId?: string;
}

/** What the console knows of a job at one moment (from a detail or a list answer). */
export interface JobFacts {
  ref: JobRef;
  name: string;
  /** v1: the version's name (V0001); v2: undefined. */
  version?: string;
  /** The status in the console's words (Completed, Failed, Stopped…). */
  status: string;
  terminal: boolean;
  durationMs: number;
  /** When it ended (creation + duration), when known. */
  endedAt?: number;
}

/** The one key of a job in claims and watches. */
export const jobKey = (r: JobRef): string =>
  [r.api, r.projectId, r.jobId, ...(r.versionId ? [r.versionId] : [])].join(':');

const ended = (created: number | null | undefined, durationMs: number) =>
  created ? created + durationMs : undefined;

/** A v1 version detail (§3.4), or undefined when the body is not one. */
export function v1VersionFacts(
  projectId: string,
  jobId: string,
  body: unknown,
): JobFacts | undefined {
  const r = TrainingJobVersionDetailsResponseSchema.safeParse(body);
  if (!r.success) return undefined;
  const v = r.data;
  const durationMs = v.duration ?? 0;
  return {
    ref: { api: 'v1', projectId, jobId, versionId: String(v.version_id) },
    name: v.job_name ?? jobId,
    version: v.version_name,
    status: v1StatusInfo(v.status).label,
    terminal: isV1Terminal(v.status),
    durationMs,
    endedAt: ended(v.start_time ?? v.create_time, durationMs),
  };
}

/** The latest versions of a v1 job list (§3.2), as far as the list tells. */
export function v1ListFacts(projectId: string, body: unknown): JobFacts[] {
  const r = TrainingJobListResponseSchema.safeParse(body);
  if (!r.success) return [];
  return r.data.jobs.flatMap((j) => {
    if (j.version_id === null || j.version_id === undefined) return [];
    const durationMs = j.duration ?? 0;
    return [
      {
        ref: { api: 'v1', projectId, jobId: String(j.job_id), versionId: String(j.version_id) },
        name: j.job_name,
        status: v1StatusInfo(j.status).label,
        terminal: isV1Terminal(j.status),
        durationMs,
        endedAt: ended(j.create_time, durationMs),
      } satisfies JobFacts,
    ];
  });
}

function v2Facts(projectId: string, job: TrainingJobV2): JobFacts {
  const durationMs = job.status.duration ?? 0;
  return {
    ref: { api: 'v2', projectId, jobId: job.metadata.id },
    name: job.metadata.name,
    status: v2PhaseInfo(job.status.phase).label,
    terminal: isV2Terminal(job.status.phase),
    durationMs,
    endedAt: ended(job.status.start_time ?? job.metadata.create_time, durationMs),
  };
}

/** A v2 job (§4.2: create, detail), or undefined when the body is not one. */
export function v2JobFacts(projectId: string, body: unknown): JobFacts | undefined {
  const r = TrainingJobV2Schema.safeParse(body);
  return r.success ? v2Facts(projectId, r.data) : undefined;
}

/** The jobs of a v2 search answer (§4.3). */
export function v2SearchFacts(projectId: string, body: unknown): JobFacts[] {
  const r = TrainingJobSearchResponseSchema.safeParse(body);
  return r.success ? r.data.items.map((j) => v2Facts(projectId, j)) : [];
}
