import { eventTime, JobEventsQuerySchema } from '@console/shared';
import { v2Errors } from './v2-errors.js';
import type { V2Event, V2JobRecord } from '../../store/v2-types.js';

export function addEvent(
  job: V2JobRecord,
  level: V2Event['level'],
  source: V2Event['source'],
  message: string,
  at = Date.now(),
): void {
  job.events.push({ at, level, source, message });
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** ISO-8601 with the local offset and no milliseconds, e.g. `2022-11-26T16:03:41+08:00`. */
export function isoWithOffset(ms: number): string {
  const d = new Date(ms);
  const off = -d.getTimezoneOffset();
  const local = new Date(ms + off * 60_000).toISOString().slice(0, 19);
  return `${local}${off >= 0 ? '+' : '-'}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** `GET …/events` (catalog §4.11): filter, order (default desc = newest first), page by offset. */
export function queryEvents(job: V2JobRecord, rawQuery: unknown) {
  const q = JobEventsQuerySchema.safeParse(rawQuery);
  if (!q.success) {
    const issue = q.error.issues[0];
    throw v2Errors.eventsBadRequest(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const {
    offset = '0',
    limit = '50',
    order = 'desc',
    start_time,
    end_time,
    level,
    pattern,
    source,
  } = q.data;
  const from = start_time !== undefined ? eventTime(start_time) : -Infinity;
  const to = end_time !== undefined ? eventTime(end_time) : Infinity;
  let rows = job.events.filter(
    (e) =>
      e.at >= from &&
      e.at <= to &&
      (!level || e.level === level) &&
      (!source || e.source.toUpperCase() === source.toUpperCase()) &&
      (!pattern || e.message.includes(pattern)),
  );
  rows = rows
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at - b.e.at || a.i - b.i) * (order === 'asc' ? 1 : -1))
    .map((x) => x.e);
  const first = job.events[0]?.at ?? job.create_time;
  const last = job.events[job.events.length - 1]?.at ?? job.create_time;
  const off = Number(offset);
  const lim = Number(limit);
  return {
    total: rows.length,
    limit: lim,
    offset: off,
    order,
    start_time: isoWithOffset(Number.isFinite(from) ? from : first),
    end_time: isoWithOffset(Number.isFinite(to) ? to : last),
    events: rows.slice(off, off + lim).map((e) => ({
      time: isoWithOffset(e.at),
      level: e.level,
      message: e.message,
      source: e.source,
    })),
  };
}
