import {
  JOB_LOG_STREAM_EVENTS,
  JobLogEventSchema,
  LOG_STREAM_EVENTS,
  type JobLogEvent,
} from '@console/shared';
import type { ApiTransport } from '../lib/api-client.js';
import type { DrawnLog } from '../lib/drawn-log.js';

/*
 * A job page's first log lines for its drawing (render-page.tsx): read from the job's log stream
 * through the BFF's own API, as the browser would open it, until its first `log` events — then the
 * stream is closed. The lines and the cursor after them go to the browser with the page
 * (lib/drawn-log.ts), whose stream resumes there.
 */

/**
 * How long to wait for the first lines. A running job that has printed nothing yet costs its page
 * this long; a long log opened for the first time needs it (the BFF counts its lines to number
 * its last 256 KiB: ~300 ms for 1,000,000 lines on an idle machine here, 400–600 under load).
 * Within the drawing's budget (PRERENDER_BUDGET_MS, 800 by default).
 */
export const FIRST_LINES_WAIT_MS = 550;
/** After the first lines, more events are read this long (a stream may send a line, then a page). */
export const MORE_LINES_MS = 40;
/** Enough lines for the first screen; the events after them are left to the browser's stream. */
export const DRAWN_LINES = 200;
/**
 * At most this many bytes of the stream are read (and go with the page); a first event larger than
 * that is left to the browser's stream. A finished v2 log's first event is its last 256 KiB.
 */
export const MAX_DRAWN_BYTES = 512 * 1024;
/** Time kept, within the drawing's deadline, for what follows the lines (drawing the page). */
export const DRAWING_MS = 100;

const SKIPPED = new Set<string>([
  LOG_STREAM_EVENTS.status,
  JOB_LOG_STREAM_EVENTS.workerError,
  JOB_LOG_STREAM_EVENTS.preview,
]);

interface SseEvent {
  type: string;
  data: string;
  id: string;
}

/** The complete events at the start of `text`, and what is left of it (an incomplete event). */
export function parseSse(text: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  // a CR at the end may be the first half of a CRLF whose LF comes with the next chunk
  const held = text.endsWith('\r') ? '\r' : '';
  const blocks = (held ? text.slice(0, -1) : text).replace(/\r\n?/g, '\n').split('\n\n');
  const rest = (blocks.pop() ?? '') + held;
  for (const block of blocks) {
    let type = 'message';
    let id = '';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
    if (data.length > 0) events.push({ type, data: data.join('\n'), id });
  }
  return { events, rest };
}

function logEvent(event: SseEvent): JobLogEvent | undefined {
  try {
    return JobLogEventSchema.safeParse(JSON.parse(event.data)).data;
  } catch {
    return undefined;
  }
}

/**
 * The first `log` events of the job stream at `url` (whole events, until DRAWN_LINES lines or
 * MORE_LINES_MS after the first), with the cursor after them; none when the stream refuses, ends,
 * or sends none within FIRST_LINES_WAIT_MS — nor after `deadline` (ms since the epoch: the drawing's
 * budget, less DRAWING_MS), when given.
 */
export async function readFirstLines(
  send: ApiTransport,
  url: string,
  workers: readonly string[],
  deadline?: number,
): Promise<DrawnLog> {
  const drawn: DrawnLog = { workers: [...workers], events: [], lastEventId: '' };
  const waitMs = Math.min(
    FIRST_LINES_WAIT_MS,
    deadline === undefined ? Infinity : deadline - DRAWING_MS - Date.now(),
  );
  if (!(waitMs > 0)) return drawn;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), waitMs);
  const waitEnds = Date.now() + waitMs;
  try {
    const res = await send(url, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (!res.ok || !res.body) return drawn;
    const decoder = new TextDecoder();
    const reader = res.body.getReader();
    let text = '';
    let lines = 0;
    let bytes = 0;
    let settling = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done || (bytes += value.byteLength) > MAX_DRAWN_BYTES) return drawn;
      const parsed = parseSse((text += decoder.decode(value, { stream: true })));
      text = parsed.rest;
      for (const event of parsed.events) {
        if (event.type !== LOG_STREAM_EVENTS.log) {
          // a status, a worker's failure (the others go on), a preview (unnumbered latest lines
          // while the stream finds where to start: its numbered lines follow) — or the end, or a
          // failure of the whole stream: no more lines
          if (SKIPPED.has(event.type)) continue;
          return drawn;
        }
        const data = logEvent(event);
        if (!data || !event.id) return drawn;
        drawn.events.push(data);
        drawn.lastEventId = event.id;
        lines += data.lines.length;
        if (lines >= DRAWN_LINES) return drawn;
      }
      if (lines > 0 && !settling && Date.now() + MORE_LINES_MS < waitEnds) {
        settling = true;
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), MORE_LINES_MS);
      }
    }
  } catch {
    return drawn; // the wait ended, or the stream failed: what was read is whole events
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
