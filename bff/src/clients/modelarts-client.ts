import { AomLogResponseSchema, TrainingJobVersionDetailsResponseSchema } from '@console/shared';
import {
  getJson as getJsonWith,
  notReady,
  parseBody,
  type GetJsonOptions,
} from './upstream-json.js';
import type { KeyRing } from './upstream-auth.js';

export { ModelArtsCallError } from './modelarts-error.js';

/** A page of log lines as read from `aom-log` (catalog §3.11). */
export interface AomPage {
  lines: string[];
  /** Upstream `lines` (the count it claims). */
  count: number;
  startLine: string;
  endLine: string;
}

export interface LogTarget {
  projectId: string;
  jobId: string;
  versionId: string;
  logFile: string;
}

/**
 * An aom-log read (catalog §3.11). `baseLine` only ever comes from a previous response's
 * `start_line`/`end_line`; without it the upstream answers the latest lines. `desc` reads the lines
 * after `baseLine`, `asc` the lines before it (the page's wording, checked against the emulator).
 */
export interface AomQuery {
  baseLine?: string;
  lines: number;
  order?: 'asc' | 'desc';
}

export interface ModelArtsLogClient {
  readAomLog(t: LogTarget, token: string, q: AomQuery): Promise<AomPage>;
  versionStatus(t: LogTarget, token: string): Promise<number>;
}

/** Splits `content` into lines: `\n`-separated with a trailing `\n` when non-empty. */
export function splitContent(content: string): string[] {
  if (content === '') return [];
  const parts = content.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Typed v1 calls the log tail makes itself (the browser's calls go through the proxy). */
export function createModelArtsLogClient(
  endpoint: string,
  timeoutMs = 15_000,
  keys?: KeyRing,
): ModelArtsLogClient {
  const getJson = (url: string, token: string, o: GetJsonOptions) =>
    getJsonWith(url, token, { ...o, keys });
  const base = (t: LogTarget) =>
    `${endpoint}/v1/${encodeURIComponent(t.projectId)}/training-jobs/${encodeURIComponent(t.jobId)}` +
    `/versions/${encodeURIComponent(t.versionId)}`;

  return {
    async readAomLog(t, token, q) {
      const params = new URLSearchParams({ log_file: t.logFile, lines: String(q.lines) });
      if (q.baseLine !== undefined) params.set('base_line', q.baseLine);
      if (q.order !== undefined) params.set('order', q.order);
      const raw = await getJson(`${base(t)}/aom-log?${params}`, token, {
        timeoutMs,
        lossless: true,
      });
      if (notReady(raw)) {
        const at = q.baseLine ?? '';
        return { lines: [], count: 0, startLine: at, endLine: at };
      }
      const body = parseBody(AomLogResponseSchema, raw);
      const lines = splitContent(body.content);
      return {
        lines,
        count: body.lines,
        startLine: body.start_line ?? '',
        endLine: body.end_line ?? '',
      };
    },
    async versionStatus(t, token) {
      const raw = await getJson(base(t), token, { timeoutMs });
      return parseBody(TrainingJobVersionDetailsResponseSchema, raw).status;
    },
  };
}
