import type { EventSourceMessage } from 'eventsource-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogTarget } from '../clients/modelarts-client.js';
import { ModelArtsCallError } from '../clients/modelarts-error.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { until } from '../test-support/recording-sink.js';
import { readEvents } from '../test-support/sse-client.js';
import { testConfig } from '../test-support/test-config.js';

const EXPIRED = { error_code: 'ModelArts.0202', error_msg: 'The token has expired.' };

/** Refuses the tokens in `expired` (401 ModelArts.0202); fails every call while `down` > 0. */
class TokenCheckingClient extends FakeLogClient {
  readonly expired = new Set<string>();
  down = 0;
  override versionStatus(t: LogTarget, token: string): Promise<number> {
    if (this.expired.has(token)) return Promise.reject(new ModelArtsCallError(401, EXPIRED, false));
    if (this.down > 0) {
      this.down -= 1;
      const body = { error_code: 'ModelArts.0010', error_msg: 'Service Unavailable' };
      return Promise.reject(new ModelArtsCallError(503, body, true));
    }
    return super.versionStatus(t, token);
  }
}

describe('live log streams: rejected tokens and upstream trouble (fake upstream)', () => {
  const client = new TokenCheckingClient();
  let app: ListeningApp;
  const follow = (path: string, cookie: string) => {
    const events: EventSourceMessage[] = [];
    const done = readEvents(`${app.base}${path}`, { cookie }, (e) => {
      events.push(e);
    });
    return { events, done };
  };
  const sessionStatus = async (cookie: string) =>
    (await request(app.c.app).get('/api/session').set('Cookie', cookie)).status;

  beforeAll(async () => {
    client.print(3);
    app = await listeningApp({
      config: testConfig({ heartbeatMs: 100, logPollIntervalMs: 50 }),
      modelArtsLogs: client,
    });
  });
  afterAll(() => app.stop());

  it('ends the stream and the session when the upstream rejects the token at the start', async () => {
    const cookie = await app.login('gone');
    client.expired.add('tok-gone');
    const s = follow('/api/logs/v1/1/2?log_file=job-a.0', cookie);
    await s.done;
    expect(s.events.map((e) => e.event)).toEqual(['error']);
    expect(JSON.parse(s.events[0]?.data ?? '{}')).toMatchObject({
      error_code: 'Console.0401',
      error_msg: 'The session has ended; sign in again',
    });
    expect(await sessionStatus(cookie)).toBe(401);
  });

  it('ends only the stream and session whose token is rejected mid-stream; others read on', async () => {
    const ann = await app.login('ann');
    const bob = await app.login('bob');
    const a = follow('/api/logs/v1/3/2?log_file=job-a.0', ann);
    const b = follow('/api/logs/v1/3/2?log_file=job-a.0', bob);
    const logLines = (s: { events: EventSourceMessage[] }) =>
      s.events
        .filter((e) => e.event === 'log')
        .flatMap((e) => (JSON.parse(e.data) as { lines: string[] }).lines);
    await until(() => logLines(a).length === 3 && logLines(b).length === 3);
    expect(app.c.registry.stats()).toMatchObject({ shared: 1, viewers: 2 });

    client.expired.add('tok-ann');
    await a.done;
    expect(a.events.at(-1)?.event).toBe('error');
    expect(JSON.parse(a.events.at(-1)?.data ?? '{}').error_code).toBe('Console.0401');
    expect(await sessionStatus(ann)).toBe(401);

    client.print(2);
    client.status = 10;
    await b.done;
    expect(logLines(b)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
    expect(b.events.at(-1)?.event).toBe('end');
    expect(await sessionStatus(bob)).toBe(200);
  });

  it('tells the viewer it is retrying (an SSE comment) and reads on after upstream failures', async () => {
    client.status = 8;
    const cookie = await app.login('carl');
    const res = await fetch(`${app.base}/api/logs/v1/5/2?log_file=job-a.0`, {
      headers: { cookie },
    });
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    let text = '';
    const readUntil = async (cond: () => boolean) => {
      while (!cond()) {
        const { done, value } = await reader.read();
        if (done) return;
        text += Buffer.from(value).toString();
      }
    };
    await readUntil(() => text.includes('event: log'));
    client.down = 3;
    client.print(1);
    await readUntil(() => text.includes('line 6'));
    client.status = 10;
    await readUntil(() => text.includes('event: end'));
    const retrying = text.match(/^: retrying (.*)$/gm) ?? [];
    expect(retrying).toHaveLength(3);
    expect(JSON.parse(retrying[0]?.replace(': retrying ', '') ?? '{}')).toMatchObject({
      error_code: 'ModelArts.0010',
      error_msg: 'Service Unavailable',
      retry_in_ms: expect.any(Number),
    });
    expect(text).not.toContain('event: error');
    const lines = [...text.matchAll(/^data: (\{"lines".*)$/gm)].flatMap(
      (m) => (JSON.parse(m[1] ?? '{}') as { lines: string[] }).lines,
    );
    expect(lines).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
  });
});
