import {
  JobEventsResponseSchema,
  LogFileNamesResponseSchema,
  TrainingJobV2Schema,
  type JobEvent,
  type JobStatus,
} from '@console/shared';
import { getJson as getJsonWith, parseBody, type GetJsonOptions } from './upstream-json.js';
import type { KeyRing } from './upstream-auth.js';

export interface V1VersionTarget {
  projectId: string;
  jobId: string;
  versionId: string;
}

export interface V2JobTarget {
  projectId: string;
  jobId: string;
}

/** The upstream reads "why it failed" makes besides the log reads of the tail and the download. */
export interface DiagnosisClient {
  /** v1 `…/log/file-names` (catalog §3.10): one file per worker. */
  logFiles(t: V1VersionTarget, token: string): Promise<string[]>;
  /** v2 job details (§4.4): its status with the tasks and their exit codes. */
  jobStatus(t: V2JobTarget, token: string): Promise<JobStatus>;
  /** v2 `…/events` (§4.11): the latest `limit` events, oldest first. */
  events(t: V2JobTarget, token: string, limit: number): Promise<JobEvent[]>;
}

export function createDiagnosisClient(
  endpoint: string,
  timeoutMs = 15_000,
  keys?: KeyRing,
): DiagnosisClient {
  const getJson = (url: string, token: string, o: GetJsonOptions) =>
    getJsonWith(url, token, { ...o, keys });
  const enc = encodeURIComponent;
  const v1 = (t: V1VersionTarget) =>
    `${endpoint}/v1/${enc(t.projectId)}/training-jobs/${enc(t.jobId)}/versions/${enc(t.versionId)}`;
  const v2 = (t: V2JobTarget) => `${endpoint}/v2/${enc(t.projectId)}/training-jobs/${enc(t.jobId)}`;
  return {
    async logFiles(t, token) {
      const raw = await getJson(`${v1(t)}/log/file-names`, token, { timeoutMs });
      return parseBody(LogFileNamesResponseSchema, raw).log_file_list;
    },
    async jobStatus(t, token) {
      return parseBody(TrainingJobV2Schema, await getJson(v2(t), token, { timeoutMs })).status;
    },
    async events(t, token, limit) {
      const query = new URLSearchParams({ limit: String(limit), offset: '0', order: 'desc' });
      const raw = await getJson(`${v2(t)}/events?${query}`, token, { timeoutMs });
      return parseBody(JobEventsResponseSchema, raw).events.slice(0, limit).reverse();
    },
  };
}
