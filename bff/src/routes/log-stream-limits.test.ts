import type { EventSourceMessage } from 'eventsource-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelArtsCallError, type LogTarget } from '../clients/modelarts-client.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { until } from '../test-support/recording-sink.js';
import { readEvents } from '../test-support/sse-client.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

const DENIED = { error_code: 'ModelArts.0403', error_msg: 'Forbidden' };

/** Only "mallory" may not read the version; every call's token is recorded. */
class GuardedLogClient extends FakeLogClient {
  readonly tokens: string[] = [];
  override versionStatus(t: LogTarget, token: string): Promise<number> {
    this.tokens.push(token);
    if (token === 'tok-mallory') return Promise.reject(new ModelArtsCallError(403, DENIED, false));
    return super.versionStatus(t, token);
  }
}

describe('live log streams: access, limits, sign-out (fake upstream)', () => {
  const client = new GuardedLogClient();
  let app: ListeningApp;
  let c: ListeningApp['c'];
  let base: string;
  const login = (username: string) => app.login(username);
  /** Opens a stream; `done` settles when it ends (streams still open are cut by afterAll). */
  const follow = (path: string, cookie: string) => {
    const events: EventSourceMessage[] = [];
    const done = readEvents(`${base}${path}`, { cookie }, (e) => {
      events.push(e);
    }).catch(() => undefined);
    return { events, done };
  };

  beforeAll(async () => {
    client.print(3);
    app = await listeningApp({
      // One read per stream, then none for a minute: sign-out must end streams by itself.
      config: testConfig({
        heartbeatMs: 100,
        logPollIntervalMs: 60_000,
        maxStreamsPerSession: 2,
        maxLogPollers: 3,
      }),
      modelArtsLogs: client,
    });
    ({ c, base } = app);
  });
  afterAll(() => app.stop());

  it('rejects a log_file that is not a plain file name, naming the field', async () => {
    const cookie = await login('alice');
    for (const name of ['a%2Fb', '..%2Fx', 'a%20b', 'x'.repeat(129)]) {
      const r = await request(c.app).get(`/api/logs/v1/1/2?log_file=${name}`).set('Cookie', cookie);
      expect([r.status, r.body.field, r.body.error_code]).toEqual([
        400,
        'log_file',
        'Console.0400',
      ]);
    }
  });

  it("checks a joining viewer's own access before it sees the shared stream", async () => {
    const alice = await login('alice');
    const mallory = await login('mallory');
    const a = follow('/api/logs/v1/10/2?log_file=job-a.0', alice);
    await until(() => a.events.some((e) => e.event === 'log'));
    client.tokens.length = 0;
    const m = follow('/api/logs/v1/10/2?log_file=job-a.0', mallory);
    await m.done;
    expect(m.events.map((e) => e.event)).toEqual(['error']);
    expect(JSON.parse(m.events[0]?.data ?? '{}')).toMatchObject(DENIED);
    expect(client.tokens[0]).toBe('tok-mallory');
    expect(c.registry.stats().viewers).toBe(1);
    expect(c.streams.count(String(mallory.split('=')[1]))).toBe(0);
    await request(c.app)
      .delete('/api/session')
      .set('Cookie', alice)
      .set('X-Requested-With', 'modelarts-console')
      .expect(204);
    await a.done;
  });

  it('caps streams per session with 429 and frees a slot when a stream ends', async () => {
    const cookie = await login('bob');
    const one = follow('/api/logs/v1/20/2?log_file=job-a.0', cookie);
    const two = follow('/api/logs/v1/20/2?log_file=job-b.0', cookie);
    await until(() => [one, two].every((s) => s.events.some((e) => e.event === 'log')));
    const third = await request(c.app)
      .get('/api/logs/v1/20/2?log_file=job-c.0')
      .set('Cookie', cookie)
      .expect(429);
    expect(third.body.error_code).toBe('Console.0429');
    expect(third.body.error_msg).toMatch(/At most 2 live log streams per session/);
    // Another session is not affected by bob's streams.
    const other = follow('/api/logs/v1/20/2?log_file=job-a.0', await login('carol'));
    await until(() => other.events.some((e) => e.event === 'log'));

    // Sign-out ends every stream of the session with an error event (Console.0401).
    await request(c.app)
      .delete('/api/session')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'modelarts-console')
      .expect(204);
    await Promise.all([one.done, two.done]);
    for (const s of [one, two]) {
      expect(s.events.at(-1)?.event).toBe('error');
      expect(JSON.parse(s.events.at(-1)?.data ?? '{}').error_code).toBe('Console.0401');
    }
    expect(other.events.some((e) => e.event === 'error')).toBe(false);
    expect(c.registry.stats().viewers).toBe(1);
  });

  it('caps upstream pollers in total with 429', async () => {
    const cookie = await login('dave');
    // Pollers of job 20 (a, b: idle after sign-out; the first one still followed) and 10 (idle).
    c.registry.closeAll();
    const streams = [1, 2].map((i) => follow(`/api/logs/v1/3${i}/2?log_file=job-a.0`, cookie));
    await until(() => streams.every((s) => s.events.some((e) => e.event === 'log')));
    const more = follow(`/api/logs/v1/33/2?log_file=job-a.0`, await login('erin'));
    await until(() => more.events.some((e) => e.event === 'log'));
    const r = await request(c.app)
      .get('/api/logs/v1/34/2?log_file=job-a.0')
      .set('Cookie', await login('frank'))
      .expect(429);
    expect(r.body).toMatchObject({ error_code: 'Console.0429' });
    expect(r.body.error_msg).toMatch(/Too many live log streams/);
  });
});

describe('live log streams: pollers per account (fake upstream)', () => {
  const client = new FakeLogClient();
  let app: ListeningApp;
  const url = (job: number) => `/api/logs/v1/${job}/2?log_file=job-a.0`;
  const follow = (path: string, cookie: string, lastEventId?: string) => {
    const events: EventSourceMessage[] = [];
    const headers = { cookie, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) };
    const done = readEvents(`${app.base}${path}`, headers, (e) => {
      events.push(e);
    }).catch(() => undefined);
    return { events, done, hasLog: () => events.some((e) => e.event === 'log') };
  };

  beforeAll(async () => {
    client.print(3);
    app = await listeningApp({
      config: testConfig({
        heartbeatMs: 100,
        logPollIntervalMs: 60_000,
        maxStreamsPerSession: 2,
        maxPollersPerAccount: 3,
      }),
      modelArtsLogs: client,
    });
  });
  afterAll(() => app.stop());

  it('answers 429 to one account beyond its cap of followed jobs; exact pollers of a followed job are free', async () => {
    const [s1, s2, s4] = [await app.login('eve'), await app.login('eve'), await app.login('eve')];
    const shared = follow(url(40), s1);
    await until(shared.hasLog);
    // A cursor that is no boundary of the shared chain needs a private poller: in job 40's slot.
    const p1 = follow(url(40), s1, client.cursor(1));
    const p2 = follow(url(41), s2);
    const p3 = follow(url(44), s2);
    await until(() => p1.hasLog() && p2.hasLog() && p3.hasLog());
    expect(app.c.registry.stats()).toMatchObject({ shared: 3, private: 1 });

    const refused = await request(app.c.app).get(url(42)).set('Cookie', s4).expect(429);
    expect(refused.body).toMatchObject({ error_code: 'Console.0429' });
    expect(refused.body.error_msg).toMatch(/at most 3 jobs' logs at once across its sessions/);
    expect(typeof refused.body.request_id).toBe('string');
    // Another exact poller of a followed job is no new job.
    const p4 = follow(url(41), s4, client.cursor(2));
    await until(p4.hasLog);

    // Joining a poller that runs already costs nothing, even at the cap (another session of eve).
    const joined = follow(url(40), await app.login('eve'));
    await until(joined.hasLog);

    // Another account opens new and private pollers as usual.
    const frank = await app.login('frank');
    const other = follow(url(40), frank, client.cursor(2));
    const otherNew = follow(url(43), frank);
    await until(() => other.hasLog() && otherNew.hasLog());
    expect(app.c.registry.stats()).toMatchObject({ shared: 4, private: 3 });

    // Signed out, eve's job 44 has no viewer left (kept for reconnects only): it gives way.
    const s3 = await app.login('eve');
    for (const s of [s1, s2]) {
      await request(app.c.app)
        .delete('/api/session')
        .set('Cookie', s)
        .set('X-Requested-With', 'modelarts-console')
        .expect(204);
    }
    await Promise.all([p1.done, p3.done]);
    const again = follow(url(45), s3);
    await until(again.hasLog);
    expect(app.c.registry.stats().private).toBe(2);
  });
});
