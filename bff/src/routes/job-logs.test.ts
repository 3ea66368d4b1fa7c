import type { EventSourceMessage } from 'eventsource-parser';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJobCursor, jobLogStreamPaths } from '@console/shared';
import { FakeV1JobLogs, FakeV2JobLogs } from '../test-support/fake-job-logs.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { until } from '../test-support/recording-sink.js';
import { readEvents } from '../test-support/sse-client.js';
import { testConfig } from '../test-support/test-config.js';

const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';
const TASKS = Array.from({ length: 16 }, (_, i) => `worker-${i}`);

/** What one connection saw: each worker's lines, and the id of the last event read. */
interface Seen {
  events: EventSourceMessage[];
  lines: Map<string, string[]>;
  lastId: string | undefined;
}

function seen(): Seen {
  return { events: [], lines: new Map(), lastId: undefined };
}

function record(s: Seen, e: EventSourceMessage): void {
  s.events.push(e);
  if (e.event !== 'log') return;
  const { worker, lines } = JSON.parse(e.data) as { worker: string; lines: string[] };
  s.lines.set(worker, [...(s.lines.get(worker) ?? []), ...lines]);
  s.lastId = e.id;
}

const count = (s: Seen) => [...s.lines.values()].reduce((n, l) => n + l.length, 0);

describe('one live log stream per job (fake upstream)', () => {
  const v1 = new FakeV1JobLogs();
  const v2 = new FakeV2JobLogs();
  let app: ListeningApp;
  let c: ListeningApp['c'];
  let base: string;
  let cookie: string;
  const sid = (k: string) => String(k.split('=')[1]);

  beforeAll(async () => {
    app = await listeningApp({
      // One stream per session: a 16-worker job must fit in it.
      config: testConfig({ heartbeatMs: 100, logPollIntervalMs: 20, maxStreamsPerSession: 1 }),
      modelArtsLogs: v1,
      modelArtsV2Logs: v2,
    });
    ({ c, base } = app);
    cookie = await app.login('alice');
  });
  afterAll(() => app.stop());

  it('carries all 16 workers in one stream slot, and resumes each exactly', async () => {
    const write = (from: number, to: number) => {
      for (const [i, t] of TASKS.entries())
        for (let n = from; n <= to; n++) v2.task(t).write(`[rank ${i}] line ${n}\n`);
    };
    write(1, 50);
    const url = `${base}${jobLogStreamPaths.v2(JOB, TASKS)}`;
    const first = seen();
    // Stop reading mid-tail: after a third of the lines, while other workers' events are queued.
    const firstDone = readEvents(url, { cookie }, (e) => {
      record(first, e);
      if (e.event === 'log') expect(c.streams.count(sid(cookie))).toBe(1);
      return count(first) >= 16 * 50 * 0.3;
    });
    await firstDone;
    // The aborted stream gives its slot back.
    await until(() => c.streams.count(sid(cookie)) === 0);
    write(51, 120);
    setTimeout(() => {
      write(121, 130);
      v2.finish();
    }, 150);
    const second = seen();
    await readEvents(url, { cookie, 'last-event-id': first.lastId ?? '' }, (e) => {
      record(second, e);
    });
    for (const [i, t] of TASKS.entries()) {
      const all = [...(first.lines.get(t) ?? []), ...(second.lines.get(t) ?? [])];
      expect(all, t).toEqual(Array.from({ length: 130 }, (_, k) => `[rank ${i}] line ${k + 1}`));
    }
    expect(second.events.filter((e) => e.event === 'end')).toHaveLength(1);
    const ids = second.events.filter((e) => e.event === 'log').map((e) => e.id ?? '');
    expect(ids.every((id) => decodeJobCursor(id, 16, /^\d+$/).ok)).toBe(true);
    expect(c.v2Registry.stats().shared).toBe(16);
  });

  it('counts a 16-worker stream as one: a second stream of the session gets 429', async () => {
    const bob = await app.login('bob');
    v2.status = { phase: 'Running', secondary_phase: 'Running' };
    const events: EventSourceMessage[] = [];
    const open = readEvents(
      `${base}${jobLogStreamPaths.v2('job-b', TASKS)}`,
      { cookie: bob },
      (e) => {
        events.push(e);
        return e.event === 'end';
      },
    ).catch(() => undefined);
    await until(() => events.some((e) => e.event === 'log'));
    expect(c.streams.count(sid(bob))).toBe(1);
    const second = await request(c.app)
      .get(jobLogStreamPaths.v2('job-c', ['worker-0']))
      .set('Cookie', bob);
    expect([second.status, second.body.error_code]).toEqual([429, 'Console.0429']);
    v2.finish();
    await open;
  });

  it('merges the log files of a v1 version, one status event for the job', async () => {
    const files = ['job-a.0', 'job-a.1', 'job-a.2'];
    for (const f of files) v1.file(f).print(30, f);
    v1.status = 10; // completed: the logs are drained, then the stream ends
    const s = seen();
    const bob = await app.login('carol');
    await readEvents(`${base}${jobLogStreamPaths.v1(7, 3, files)}`, { cookie: bob }, (e) => {
      record(s, e);
    });
    for (const f of files)
      expect(s.lines.get(f)).toEqual(Array.from({ length: 30 }, (_, k) => `${f} ${k + 1}`));
    expect(s.events.filter((e) => e.event === 'status')).toHaveLength(1);
    expect(s.events.at(-1)?.event).toBe('end');
    expect(v1.statusCalls).toBeGreaterThan(0);
  });

  it('v1: a long log opened the first time sends its latest lines at once, then its tail numbered', async () => {
    const file = v1.file('job-long.0');
    file.print(30_000);
    v1.status = 10;
    // the walk back through the log (order=asc) waits until the test has seen the preview
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const read = file.readAomLog.bind(file);
    file.readAomLog = async (t, token, q) => {
      if (q.order === 'asc') await gate;
      return read(t, token, q);
    };
    const events: EventSourceMessage[] = [];
    const url = `${base}${jobLogStreamPaths.v1(8, 1, ['job-long.0'])}`;
    await readEvents(url, { cookie: await app.login('dave') }, (e) => {
      events.push(e);
      if (e.event === 'preview') release();
    });
    const kinds = events.map((e) => e.event).filter((k) => k !== 'status');
    expect(kinds[0]).toBe('preview');
    const preview = JSON.parse(events.find((e) => e.event === 'preview')?.data ?? '{}');
    expect(preview).toEqual({
      worker: 'job-long.0',
      lines: Array.from({ length: 500 }, (_, i) => `line ${29_501 + i}`),
    });
    expect(events.find((e) => e.event === 'preview')?.id).toBeUndefined();
    // then the log: the count of the lines before its latest 20 pages, and those pages
    const logs = events.filter((e) => e.event === 'log').map((e) => JSON.parse(e.data));
    expect(logs[0].lines[0]).toBe('[console] 20000 lines skipped: scroll up to read them');
    expect(logs[0].console).toEqual([0]);
    const lines = logs.flatMap((l: { lines: string[] }) => l.lines).slice(1);
    expect(lines).toEqual(Array.from({ length: 10_000 }, (_, i) => `line ${20_001 + i}`));
    expect(kinds.at(-1)).toBe('end');
  });

  it('refuses bad workers and hostile ids with 400 naming the field', async () => {
    const bad = [
      [jobLogStreamPaths.v2(JOB, []), 'workers'],
      [`/api/logs/job/v2/${JOB}?workers=a,a`, 'workers'],
      [`/api/logs/job/v2/${JOB}?workers=..%2Fx`, 'workers'],
      [`/api/logs/job/v2/${JOB}`, 'workers'],
      [`/api/logs/job/v1/1/2?workers=a%20b`, 'workers'],
      [`/api/logs/job/v2/${JOB}?workers=w0&last_event_id=1:5`, 'last_event_id'],
    ] as const;
    for (const [path, field] of bad) {
      const r = await request(c.app).get(path).set('Cookie', cookie);
      expect([r.status, r.body.field], path).toEqual([400, field]);
    }
    const hostile = fc
      .string({ maxLength: 300 })
      .map((s) => s.replace(/[\r\n]/g, ''))
      .filter((s) => !decodeJobCursor(s, 2, /^\d{1,15}$/).ok);
    await fc.assert(
      fc.asyncProperty(hostile, async (id) => {
        const r = await request(c.app)
          .get(jobLogStreamPaths.v2(JOB, ['worker-0', 'worker-1']))
          .set('Cookie', cookie)
          .set('Last-Event-ID', id);
        expect([r.status, r.body.field]).toEqual([400, 'Last-Event-ID']);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });

  it('checks access once for the whole job, with the viewer its own token', async () => {
    const mallory = await app.login('mallory');
    v2.refuse = (t) =>
      t === 'tok-mallory' ? Object.assign(new Error('denied'), { status: 403 }) : undefined;
    v2.statusTokens.length = 0;
    const events: EventSourceMessage[] = [];
    await readEvents(`${base}${jobLogStreamPaths.v2('job-m', TASKS)}`, { cookie: mallory }, (e) => {
      events.push(e);
    });
    v2.refuse = undefined;
    expect(events.map((e) => e.event)).toEqual(['error']);
    expect(v2.statusTokens).toEqual(['tok-mallory']);
    expect(c.streams.count(sid(mallory))).toBe(0);
  });
});
