import type { ChainPage } from './page-chain.js';

/** What one read added after the chain's head: `(head, to]` in cursor terms. */
export interface SourcePage {
  /** Cursor after the page's last line: the SSE `id` of the page. */
  to: string;
  /** Upstream unit count (v1: aom-log `lines`), so an evicted page can be re-read exactly. */
  count: number;
  lines: string[];
}

export interface SourceRead {
  page: SourcePage | undefined;
  /** The upstream had more than one read returns: read again at once. */
  full: boolean;
}

/**
 * The one thing that differs between the v1 (aom-log, line cursors) and v2 (preview, byte offsets)
 * log tails: how to read the job's status and the next page after a cursor. Registry, poller,
 * viewer, buffer and SSE writer are shared.
 */
export interface LogSource<S> {
  /** One shared poller per key (project, API version, job, version/file or task). */
  readonly key: string;
  /**
   * The job the log belongs to (v1: project, job, version; v2: project, job): its logs share one
   * slot of the poller budget and one upstream request rate (JobSlots, JobPacer).
   */
  readonly jobKey: string;
  readonly projectId: string;
  /** Cursor of "before the first line". */
  readonly origin: string;
  /** Fields for the poller's child logger. */
  readonly logContext: Record<string, string>;
  readStatus(token: string): Promise<S>;
  sameStatus(a: S, b: S): boolean;
  isTerminal(s: S): boolean;
  /** Reads what follows `head`; `terminal`: the job is over, so a last unfinished line is final too. */
  read(head: string, token: string, terminal: boolean): Promise<SourceRead>;
  /** The lines of a page whose content was evicted from the buffer. */
  reread(page: ChainPage, token: string): Promise<string[]>;
  /**
   * The log's latest lines while a new viewer's stream is still finding where to start (a long
   * v1 log's first opening: its lines are counted first); undefined when the start is at hand.
   */
  preview?(token: string): Promise<string[] | undefined>;
}
