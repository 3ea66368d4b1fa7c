import {
  AUTH_TOKEN_HEADER,
  AomLogResponseSchema,
  ConsoleErrorCode,
  TrainingJobVersionDetailsResponseSchema,
  type ConsoleErrorBody,
} from '@console/shared';

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

/** Failure of a ModelArts call, already in the console error shape. */
export class ModelArtsCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: ConsoleErrorBody,
    /** Network trouble or a 5xx: worth a retry. */
    readonly transient: boolean,
  ) {
    super(body.error_msg);
    this.name = 'ModelArtsCallError';
  }
}

export interface ModelArtsLogClient {
  readAomLog(
    t: LogTarget,
    token: string,
    q: { baseLine: string; lines: number; order: 'asc' | 'desc' },
  ): Promise<AomPage>;
  versionStatus(t: LogTarget, token: string): Promise<number>;
}

/** 204 / ModelArts.2776 NotReadyToFetchLog (catalog §2.3): no log yet, read again later. */
const NOT_READY = Symbol('not ready');

function notReady(body: unknown): boolean {
  return (
    body === NOT_READY ||
    (typeof body === 'object' &&
      body !== null &&
      'error_code' in body &&
      body.error_code === 'ModelArts.2776')
  );
}

/** Splits `content` into lines: `\n`-separated with a trailing `\n` when non-empty. */
export function splitContent(content: string): string[] {
  if (content === '') return [];
  const parts = content.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function upstreamError(status: number, body: unknown): ModelArtsCallError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof b.error_code === 'string' ? b.error_code : `HTTP.${status}`;
  const msg =
    (typeof b.error_msg === 'string' && b.error_msg) ||
    (typeof b.error_message === 'string' && b.error_message) ||
    `ModelArts answered HTTP ${status}`;
  return new ModelArtsCallError(status, { error_code: code, error_msg: msg }, status >= 500);
}

/** Typed v1 calls the log tail makes itself (the browser's calls go through the proxy). */
export function createModelArtsLogClient(endpoint: string, timeoutMs = 15_000): ModelArtsLogClient {
  const base = (t: LogTarget) =>
    `${endpoint}/v1/${encodeURIComponent(t.projectId)}/training-jobs/${encodeURIComponent(t.jobId)}` +
    `/versions/${encodeURIComponent(t.versionId)}`;

  async function getJson(url: string, token: string): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { [AUTH_TOKEN_HEADER]: token, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
      throw new ModelArtsCallError(
        timedOut ? 504 : 502,
        {
          error_code: timedOut
            ? ConsoleErrorCode.upstreamTimeout
            : ConsoleErrorCode.upstreamUnreachable,
          error_msg: timedOut ? 'ModelArts did not answer in time' : 'ModelArts is unreachable',
        },
        true,
      );
    }
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw upstreamError(res.status, body);
    return res.status === 204 ? NOT_READY : body;
  }

  function parse<T>(
    schema: { safeParse(v: unknown): { success: boolean; data?: T } },
    v: unknown,
  ): T {
    const r = schema.safeParse(v);
    if (!r.success || r.data === undefined) {
      throw new ModelArtsCallError(
        502,
        {
          error_code: ConsoleErrorCode.upstreamUnreachable,
          error_msg: 'ModelArts sent an unexpected body',
        },
        true,
      );
    }
    return r.data;
  }

  return {
    async readAomLog(t, token, q) {
      const params = new URLSearchParams({
        log_file: t.logFile,
        base_line: q.baseLine,
        lines: String(q.lines),
        order: q.order,
      });
      const raw = await getJson(`${base(t)}/aom-log?${params}`, token);
      if (notReady(raw)) return { lines: [], count: 0, startLine: q.baseLine, endLine: q.baseLine };
      const body = parse(AomLogResponseSchema, raw);
      const lines = splitContent(body.content);
      return {
        lines,
        count: body.lines,
        startLine: body.start_line ?? '',
        endLine: body.end_line ?? '',
      };
    },
    async versionStatus(t, token) {
      const body = parse(TrainingJobVersionDetailsResponseSchema, await getJson(base(t), token));
      return body.status;
    },
  };
}
