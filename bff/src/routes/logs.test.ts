import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { readEvents } from '../test-support/sse-client.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

describe('GET /api/logs/v1/:job/:version (fake upstream)', () => {
  const client = new FakeLogClient();
  let app: ListeningApp;
  let c: ListeningApp['c'];
  let base: string;
  let cookie: string;

  beforeAll(async () => {
    app = await listeningApp({ config: testConfig({ heartbeatMs: 100 }), modelArtsLogs: client });
    ({ c, base } = app);
    cookie = await app.login();
  });
  afterAll(() => app.stop());

  it('refuses without a session and validates parameters', async () => {
    await request(c.app).get('/api/logs/v1/1/2?log_file=a').expect(401);
    const r = await request(c.app).get('/api/logs/v1/1/2').set('Cookie', cookie).expect(400);
    expect(r.body.field).toBe('log_file');
  });

  it('streams log, status, heartbeat and end events with SSE headers', async () => {
    client.print(3);
    setTimeout(() => {
      client.print(2);
      client.status = 10;
    }, 300);
    const events: { event?: string; id?: string; data: string }[] = [];
    const res = await fetch(`${base}/api/logs/v1/1/2?log_file=job-x.0`, { headers: { cookie } });
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const raw = await res.text();
    expect(raw).toContain('retry: 2000');
    expect(raw).toContain(': heartbeat');
    const out = await readEvents(`${base}/api/logs/v1/1/2?log_file=job-x.0`, { cookie }, (e) => {
      events.push(e);
    });
    expect(out.contentType).toContain('text/event-stream');
    const lines = events.filter((e) => e.event === 'log').flatMap((e) => JSON.parse(e.data).lines);
    expect(lines).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
    expect(events.filter((e) => e.event === 'log').at(-1)?.id).toBe(client.cursor(5));
    expect(c.registry.stats().viewers).toBe(0);
    expect(events.at(-1)).toMatchObject({
      event: 'end',
      data: '{"status":10,"name":"JOBSTAT_COMPLETED"}',
    });
  });

  it('detaches a viewer whose connection drops', async () => {
    client.status = 8;
    let during = -1;
    const out = await readEvents(`${base}/api/logs/v1/5/6?log_file=job-y.0`, { cookie }, (e) => {
      if (e.event !== 'log') return false;
      during = c.registry.stats().viewers;
      return true;
    });
    expect(out.aborted).toBe(true);
    expect(during).toBe(1);
    const start = Date.now();
    while (c.registry.stats().viewers > 0 && Date.now() - start < 2000) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(c.registry.stats().viewers).toBe(0);
  });
});
