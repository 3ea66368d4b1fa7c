import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { readEvents } from '../test-support/sse-client.js';
import { testConfig } from '../test-support/test-config.js';

const MINUTE = 60_000;

/**
 * The idle timeout and live logs: log lines the user watches count as activity, heartbeats do not
 * (an open tab on a silent job must not keep a session alive).
 */
describe('live log streams and the idle timeout', () => {
  let app: ListeningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  const start = async (logs: FakeLogClient, clock: { now: number }) => {
    app = await listeningApp({
      config: testConfig({ sessionIdleMinutes: 120, heartbeatMs: 100 }),
      modelArtsLogs: logs,
      now: () => clock.now,
      iam: {
        issueToken: async (l) => ({
          token: 'tok',
          projectId: 'p1',
          projectName: l.project,
          user: l.username,
          domain: l.domain,
          expiresAt: clock.now + 24 * 60 * MINUTE,
        }),
      },
    });
    return app.login();
  };

  it('log lines delivered on an open stream restart the idle timeout', async () => {
    const clock = { now: Date.parse('2026-12-01T08:00:00Z') };
    const logs = new FakeLogClient();
    logs.print(1);
    const cookie = await start(logs, clock);
    let seen = 0;
    await readEvents(`${app!.base}/api/logs/v1/1/2?log_file=a`, { cookie }, (e) => {
      if (e.event !== 'log') return false;
      seen += 1;
      if (seen === 1) {
        // 100 idle minutes later, the job prints again and the user sees it.
        clock.now += 100 * MINUTE;
        logs.print(1);
        return false;
      }
      return true;
    });
    clock.now += 100 * MINUTE;
    await request(app!.c.app).get('/api/session').set('Cookie', cookie).expect(200);
  });

  it('heartbeats alone do not: the session idles out and the stream ends with Console.0401', async () => {
    const clock = { now: Date.parse('2026-12-01T08:00:00Z') };
    const logs = new FakeLogClient();
    logs.print(1);
    const cookie = await start(logs, clock);
    const events: { event?: string; data: string }[] = [];
    await readEvents(`${app!.base}/api/logs/v1/1/2?log_file=a`, { cookie }, (e) => {
      events.push(e);
      // After the first page the job is silent; 121 minutes pass with only heartbeats.
      if (e.event === 'log') clock.now += 121 * MINUTE;
      return e.event === 'error';
    });
    expect(events.at(-1)?.event).toBe('error');
    expect(JSON.parse(events.at(-1)?.data ?? '{}').error_code).toBe('Console.0401');
    await request(app!.c.app).get('/api/session').set('Cookie', cookie).expect(401);
  });
});
