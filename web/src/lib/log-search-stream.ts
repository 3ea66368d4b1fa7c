import {
  LogSearchEndSchema,
  LogSearchMatchSchema,
  type LogSearchEnd,
  type LogSearchMatch,
} from '@console/shared';
import { ApiError } from './api-error.js';

export interface OlderSearchQuery {
  text: string;
  caseSensitive: boolean;
  /** Lines before this one (the first the browser holds). */
  before: number;
}

/** The search part of a server-side log search (`q`, `case`, `before`), to add to its path. */
export function olderSearchParams(q: OlderSearchQuery): URLSearchParams {
  return new URLSearchParams({
    q: q.text,
    case: q.caseSensitive ? '1' : '0',
    before: String(q.before),
  });
}

/**
 * Runs a server-side log search (NDJSON: matches, then a summary), calling `onMatch` as they
 * arrive; resolves with the summary. An error answer rejects with its ApiError.
 */
export async function streamLogSearch(
  url: string,
  onMatch: (m: LogSearchMatch) => void,
  signal: AbortSignal,
): Promise<LogSearchEnd | null> {
  const res = await fetch(url, { credentials: 'same-origin', signal });
  if (!res.ok || !res.body) {
    throw ApiError.fromBody(res.status, await res.json().catch(() => undefined));
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  let end: LogSearchEnd | null = null;
  const take = (line: string) => {
    if (line === '') return;
    const value: unknown = JSON.parse(line);
    const match = LogSearchMatchSchema.safeParse(value);
    if (match.success) onMatch(match.data);
    else end = LogSearchEndSchema.parse(value);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    rest += value;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      take(rest.slice(0, nl));
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
  }
  take(rest);
  return end;
}
