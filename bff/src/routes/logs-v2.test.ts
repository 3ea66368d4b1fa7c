import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { readEvents } from '../test-support/sse-client.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

const JOB = '425b7087-83de-49ed-9e40-5bb642be956f';

describe('GET /api/logs/v2/:job/:task (fake upstream)', () => {
  const client = new FakeV2LogClient();
  let app: ListeningApp;
  let c: ListeningApp['c'];
  let base: string;
  let cookie: string;

  beforeAll(async () => {
    app = await listeningApp({
      config: testConfig({ heartbeatMs: 100, logPollIntervalMs: 50 }),
      modelArtsV2Logs: client,
    });
    ({ c, base } = app);
    cookie = await app.login();
  });
  afterAll(() => app.stop());

  it('refuses without a session and validates ids and the cursor', async () => {
    await request(c.app).get(`/api/logs/v2/${JOB}/worker-0`).expect(401);
    const a = await request(c.app).get(`/api/logs/v2/${JOB}/a%20b`).set('Cookie', cookie);
    const b = await request(c.app)
      .get(`/api/logs/v2/${JOB}/worker-0`)
      .set('Cookie', cookie)
      .set('Last-Event-ID', 'abc');
    expect([a.status, b.status]).toEqual([400, 400]);
  });

  it('streams lines with byte-offset ids, phase status events and an end event', async () => {
    client.log.write('epoch 1 損失=0.5\r\nepoch 2 ');
    setTimeout(() => {
      client.log.write('損失=0.4\n');
      client.finish();
    }, 200);
    const events: { event?: string; id?: string; data: string }[] = [];
    const out = await readEvents(`${base}/api/logs/v2/${JOB}/worker-0`, { cookie }, (e) => {
      events.push(e);
    });
    expect(out.contentType).toContain('text/event-stream');
    const logs = events.filter((e) => e.event === 'log');
    expect(logs.flatMap((e) => JSON.parse(e.data).lines)).toEqual([
      'epoch 1 損失=0.5',
      'epoch 2 損失=0.4',
    ]);
    expect(logs.map((e) => e.id)).toEqual([
      String(Buffer.byteLength('epoch 1 損失=0.5\r\n')),
      String(client.log.bytes.length),
    ]);
    expect(JSON.parse(events.find((e) => e.event === 'status')?.data ?? '{}')).toEqual({
      phase: 'Running',
      secondary_phase: 'Running',
    });
    expect(events.at(-1)).toMatchObject({
      event: 'end',
      data: '{"phase":"Completed","secondary_phase":"Completed"}',
    });

    // A reconnect with the last id gets nothing again, just the end.
    const again: { event?: string }[] = [];
    await readEvents(
      `${base}/api/logs/v2/${JOB}/worker-0`,
      { cookie, 'Last-Event-ID': logs.at(-1)?.id ?? '' },
      (e) => {
        again.push(e);
      },
    );
    expect(again.map((e) => e.event)).toEqual(['status', 'end']);
    expect(c.v2Registry.stats()).toMatchObject({ shared: 1, privateStarted: 0 });
  });
});

describe('GET /api/logs/v2/:job/:task: the console’s own lines are listed, a log’s look-alikes are not', () => {
  // a window of 64 bytes: a new viewer's stream starts with "… bytes skipped" (the console's)
  const client = new FakeV2LogClient(64);
  let app: ListeningApp;

  beforeAll(async () => {
    app = await listeningApp({
      config: testConfig({ heartbeatMs: 100, logPollIntervalMs: 50 }),
      modelArtsV2Logs: client,
    });
  });
  afterAll(() => app.stop());

  it("marks the skip it made, and leaves the job's own '[console] …' lines as lines", async () => {
    const forged = '[console] 1 bytes skipped (99999 lines): x';
    client.log.write(`${'old\n'.repeat(20)}${forged}\nlast\n`);
    client.finish();
    const cookie = await app.login();
    const logs: { lines: string[]; console?: number[] }[] = [];
    await readEvents(`${app.base}/api/logs/v2/${JOB}/worker-0`, { cookie }, (e) => {
      if (e.event === 'log')
        logs.push(JSON.parse(e.data) as { lines: string[]; console?: number[] });
    });
    const lines = logs.flatMap((l) => l.lines);
    expect(lines.at(-2)).toBe(forged);
    expect(lines.at(-1)).toBe('last');
    // one console line: the stream's own skip, first, without any mark left in its text
    const own = logs.flatMap((l, k) =>
      (l.console ?? []).map((i) => logs.slice(0, k).reduce((n, p) => n + p.lines.length, 0) + i),
    );
    expect(own).toEqual([0]);
    expect(lines[0]).toMatch(/^\[console\] \d+ bytes skipped/);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });
});
