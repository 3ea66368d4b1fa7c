import {
  TaskLogPreviewSchema,
  TaskLogUrlSchema,
  TrainingJobV2Schema,
  type V2StatusEvent,
} from '@console/shared';
import {
  getJson as getJsonWith,
  NOT_READY,
  parseBody,
  type GetJsonOptions,
} from './upstream-json.js';
import type { KeyRing } from './upstream-auth.js';

export interface V2LogTarget {
  projectId: string;
  jobId: string;
  taskId: string;
}

/** A task log preview (catalog §4.8), sizes in bytes. */
export interface TaskPreview {
  content: string;
  currentSize: number;
  fullSize: number;
}

/** Typed v2 calls the log tail and the log download make themselves. */
export interface ModelArtsV2LogClient {
  preview(t: V2LogTarget, token: string): Promise<TaskPreview>;
  jobStatus(t: V2LogTarget, token: string): Promise<V2StatusEvent>;
  /** The temporary full-log link (§4.9, download flavour). Never shown to the browser. */
  logUrl(t: V2LogTarget, token: string): Promise<string>;
}

/**
 * "No log yet" answers (§4.8 related codes): 2776 NotReadyToFetchLog, 2818 LogFileNotGenerated.
 * The tail reads them as an empty log and asks again.
 */
const PREVIEW_NOT_READY = ['ModelArts.2776', 'ModelArts.2818'];
const OCTET_STREAM = 'application/octet-stream';

export function createModelArtsV2LogClient(
  endpoint: string,
  timeoutMs = 15_000,
  keys?: KeyRing,
): ModelArtsV2LogClient {
  const getJson = (url: string, token: string, o: GetJsonOptions) =>
    getJsonWith(url, token, { ...o, keys });
  const job = (t: V2LogTarget) =>
    `${endpoint}/v2/${encodeURIComponent(t.projectId)}/training-jobs/${encodeURIComponent(t.jobId)}`;
  const task = (t: V2LogTarget) => `${job(t)}/tasks/${encodeURIComponent(t.taskId)}`;

  return {
    async preview(t, token) {
      const raw = await getJson(`${task(t)}/logs/preview`, token, {
        timeoutMs,
        notReadyCodes: PREVIEW_NOT_READY,
      });
      if (raw === NOT_READY) return { content: '', currentSize: 0, fullSize: 0 };
      const body = parseBody(TaskLogPreviewSchema, raw);
      return { content: body.content, currentSize: body.current_size, fullSize: body.full_size };
    },
    async jobStatus(t, token) {
      const body = parseBody(TrainingJobV2Schema, await getJson(job(t), token, { timeoutMs }));
      return { phase: body.status.phase, secondary_phase: body.status.secondary_phase ?? '' };
    },
    async logUrl(t, token) {
      // The catalog's table wants a header, its sample a query parameter: send both (§7.4 #38).
      const url = `${task(t)}/logs/url?${new URLSearchParams({ 'Content-Type': OCTET_STREAM })}`;
      const raw = await getJson(url, token, {
        timeoutMs,
        headers: { 'content-type': OCTET_STREAM },
      });
      return parseBody(TaskLogUrlSchema, raw).obs_url;
    },
  };
}
