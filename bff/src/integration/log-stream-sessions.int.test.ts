import { writeObsFile } from '@console/emulator/testing';
import type { EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../test-support/recording-sink.js';
import { readEvents } from '../test-support/sse-client.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

const N = 1500;
/** Prints N numbered lines over ~4 s. */
const SCRIPT = `import time
for i in range(1, ${N} + 1):
    print(f"NUM {i}", flush=True)
    if i % 20 == 0:
        time.sleep(0.05)
print("done", flush=True)
`;

const numLines = (events: EventSourceMessage[]) =>
  events
    .filter((e) => e.event === 'log')
    .flatMap((e) => (JSON.parse(e.data) as { lines: string[] }).lines)
    .filter((l) => l.startsWith('NUM '));

/** The demo config has one user: the "other viewers" are other sessions of it. */
describe('live log streams and sessions against a real emulator', () => {
  let s: Stack;

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/sessions/count.py', SCRIPT);
    writeObsFile(s.emulator.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('ends the streams of a signed-out or expired session; the other viewers read on', async () => {
    const [a, b, c] = [await s.login(), await s.login(), await s.login()];
    const res = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie: a, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'sse_sessions',
        config: {
          worker_server_num: 1,
          app_url: '/console-tests/sessions/',
          boot_file_url: '/console-tests/sessions/count.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/console-tests/data/',
          train_url: '/console-tests/out/',
        },
      }),
    });
    expect(res.status).toBe(200);
    const job = (await res.json()) as { job_id: number; version_id: number };
    const url = `${s.base}/api/logs/v1/${job.job_id}/${job.version_id}?log_file=job-sse-sessions.0`;
    const follow = (cookie: string) => {
      const events: EventSourceMessage[] = [];
      const done = readEvents(url, { cookie }, (e) => {
        events.push(e);
      });
      return { events, done };
    };

    const va = follow(a);
    const vb = follow(b);
    const vc = follow(c);
    await until(
      () => numLines(va.events).length >= 100 && numLines(vc.events).length >= 100,
      30_000,
    );
    expect(s.app.registry.stats()).toMatchObject({ shared: 1, viewers: 3 });

    // a signs out: its stream gets an error event (Console.0401) and ends.
    const out = await fetch(`${s.base}/api/session`, {
      method: 'DELETE',
      headers: { cookie: a, ...CSRF },
    });
    expect(out.status).toBe(204);
    await va.done;
    expect(va.events.at(-1)?.event).toBe('error');
    expect(JSON.parse(va.events.at(-1)?.data ?? '{}')).toMatchObject({
      error_code: 'Console.0401',
    });
    expect((await fetch(url, { headers: { cookie: a } })).status).toBe(401);

    // c's session expires server-side: closed at the poller's next read.
    await s.app.sessions.delete(c.slice(c.indexOf('=') + 1));
    await vc.done;
    expect(vc.events.at(-1)?.event).toBe('error');
    expect(JSON.parse(vc.events.at(-1)?.data ?? '{}').error_code).toBe('Console.0401');

    // b, still signed in, reads every line to the end.
    await vb.done;
    expect(vb.events.at(-1)?.event).toBe('end');
    expect(numLines(vb.events)).toEqual(Array.from({ length: N }, (_, i) => `NUM ${i + 1}`));
    expect(numLines(va.events).length).toBeLessThan(N);
    expect(s.app.registry.stats().viewers).toBe(0);
  }, 60_000);

  it('answers an unknown job as an error event without starting a poller', async () => {
    const cookie = await s.login();
    const before = s.app.v2Registry.stats().shared;
    const events: EventSourceMessage[] = [];
    await readEvents(`${s.base}/api/logs/v2/no-such-job-x/worker-0`, { cookie }, (e) => {
      events.push(e);
    });
    expect(events.map((e) => e.event)).toEqual(['error']);
    expect(JSON.parse(events[0]?.data ?? '{}')).toMatchObject({ error_code: 'ModelArts.2775' });
    expect(s.app.v2Registry.stats().shared).toBe(before);
  });

  it('ends a stream and its session when ModelArts rejects the token mid-stream (401 0202)', async () => {
    const cookie = await s.login();
    const res = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'sse_token_expired',
        config: {
          worker_server_num: 1,
          app_url: '/console-tests/sessions/',
          boot_file_url: '/console-tests/sessions/count.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/console-tests/data/',
          train_url: '/console-tests/out/',
        },
      }),
    });
    expect(res.status).toBe(200);
    const job = (await res.json()) as { job_id: number; version_id: number };
    const url = `${s.base}/api/logs/v1/${job.job_id}/${job.version_id}?log_file=job-sse-token-expired.0`;
    const events: EventSourceMessage[] = [];
    const done = readEvents(url, { cookie }, (e) => {
      events.push(e);
    });
    await until(() => numLines(events).length >= 50, 30_000);

    // IAM tokens expire upstream: ModelArts answers 401 ModelArts.0202 to the poller's next read.
    const expire = await fetch(`${s.emulator.url}/__control/tokens/expire`, { method: 'POST' });
    expect(expire.status).toBe(200);
    await done;
    expect(events.at(-1)?.event).toBe('error');
    expect(JSON.parse(events.at(-1)?.data ?? '{}')).toMatchObject({
      error_code: 'Console.0401',
      error_msg: 'The session has ended; sign in again',
    });
    expect(events.some((e) => e.event === 'end')).toBe(false);
    // The session has ended with it.
    expect((await fetch(`${s.base}/api/session`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(url, { headers: { cookie } })).status).toBe(401);
  }, 60_000);
});
