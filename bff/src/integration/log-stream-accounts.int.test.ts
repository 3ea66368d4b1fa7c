import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeObsFile } from '@console/emulator/testing';
import type { EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../test-support/recording-sink.js';
import { startRestartableStack, type RestartableStack } from '../test-support/restartable-stack.js';
import { readEvents } from '../test-support/sse-client.js';
import { CSRF, DEMO } from '../test-support/stack.js';

/** Prints a line every 50 ms for a minute: the log is still growing while the test runs. */
const SCRIPT = `import time
for i in range(1, 1201):
    print(f"NUM {i}", flush=True)
    time.sleep(0.05)
`;

/** The demo domain with a second user, "ops", in the same project. */
const USERS = {
  domains: [
    {
      name: 'demo',
      id: '5a7b1c2d3e4f40718293a4b5c6d7e8f9',
      users: [
        { name: 'demo', id: '9e1f2a3b4c5d46e7a8b9c0d1e2f3a4b5', password: 'demo' },
        { name: 'ops', id: '1c2d3e4f5a6b47c8d9e0f1a2b3c4d5e6', password: 'ops-secret' },
      ],
      projects: [{ name: 'eu-de', id: '0f5e6bd5b7a84ba2b3c2a7a0b8e1d3f4' }],
    },
  ],
};
const OPS = { domain: 'demo', username: 'ops', password: 'ops-secret' };

describe('pollers per account against a real emulator (two users of one domain)', () => {
  let s: RestartableStack;
  let usersDir: string;

  beforeAll(async () => {
    usersDir = mkdtempSync(join(tmpdir(), 'bff-users-'));
    const usersFile = join(usersDir, 'users.json');
    writeFileSync(usersFile, JSON.stringify(USERS));
    s = await startRestartableStack({
      config: { maxPollersPerAccount: 3, maxStreamsPerSession: 2 },
      emulatorEnv: { EMULATOR_USERS_FILE: usersFile },
    });
    writeObsFile(s.dataDir, '/console-tests/accounts/count.py', SCRIPT);
    writeObsFile(s.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
  });
  afterAll(async () => {
    await s?.stop();
    if (usersDir) rmSync(usersDir, { recursive: true, force: true });
  });

  /** Starts the counting job `name` (one worker); its log file is `job-<name>.0`. */
  async function startJob(cookie: string, name: string) {
    const res = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: name,
        config: {
          worker_server_num: 1,
          app_url: '/console-tests/accounts/',
          boot_file_url: '/console-tests/accounts/count.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/console-tests/data/',
          train_url: '/console-tests/out/',
        },
      }),
    });
    expect(res.status).toBe(200);
    const job = (await res.json()) as { job_id: number; version_id: number };
    return `/api/logs/v1/${job.job_id}/${job.version_id}?log_file=job-${name}.0`;
  }

  it('refuses one account beyond its cap of followed jobs; exact pollers inside pages of a followed job are free; another account reads on', async () => {
    const [a1, a2, a3] = [await s.login(DEMO), await s.login(DEMO), await s.login(DEMO)];
    const path = await startJob(a1, 'accounts');
    const follow = (cookie: string, lastEventId?: string, logPath = path) => {
      const events: EventSourceMessage[] = [];
      const headers = { cookie, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) };
      void readEvents(`${s.base}${logPath}`, headers, (e) => {
        events.push(e);
      }).catch(() => undefined);
      return { events, hasLog: () => events.some((e) => e.event === 'log') };
    };

    const shared = follow(a1);
    const logEvents = () => shared.events.filter((e) => e.event === 'log');
    const linesSeen = () =>
      logEvents().reduce((n, e) => n + (JSON.parse(e.data) as { lines: string[] }).lines.length, 0);
    await until(() => logEvents().length >= 2 && linesSeen() >= 10, 30_000);
    // Real upstream cursors (the emulator's are consecutive) of lines that are no page boundary:
    // the emulator accepts them (it issued them), and each needs a poller of its own.
    const seen = logEvents();
    const boundaries = new Set(seen.map((e) => e.id));
    const last = BigInt(seen.at(-1)?.id ?? '0');
    const total = seen.reduce(
      (n, e) => n + (JSON.parse(e.data) as { lines: string[] }).lines.length,
      0,
    );
    const inside = Array.from({ length: total }, (_, j) => String(last - BigInt(j))).filter(
      (c) => !boundaries.has(c),
    );
    const madeUp = (k: number) => inside[k - 1] ?? '';
    const p1 = follow(a1, madeUp(1));
    const p2 = follow(a2, madeUp(2));
    await until(() => p1.hasLog() && p2.hasLog(), 30_000);
    expect(s.app.registry.stats()).toMatchObject({ shared: 1, private: 2 });

    // a third exact poller of the same job: still the job's one slot
    const p3 = follow(a2, madeUp(3));
    await until(p3.hasLog, 30_000);
    // two more jobs fill the account's 3 slots; a fourth job is refused
    const more = [await startJob(a1, 'accounts2'), await startJob(a1, 'accounts3')];
    const followed = more.map((p) => follow(a3, undefined, p));
    await until(() => followed.every((f) => f.hasLog()), 30_000);
    const fourth = await startJob(a1, 'accounts4');
    const refused = await fetch(`${s.base}${fourth}`, { headers: { cookie: await s.login(DEMO) } });
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error_code: 'Console.0429' });
    expect(String(body.error_msg)).toMatch(/for this account: at most 3 jobs' logs/);

    // Another account of the same domain: its own share of pollers.
    const ops = await s.login(OPS);
    const other = follow(ops, madeUp(4));
    const otherNew = follow(ops, undefined, fourth);
    await until(() => other.hasLog() && otherNew.hasLog(), 30_000);
    expect(s.app.registry.stats()).toMatchObject({ shared: 4, private: 4 });
    for (const v of [shared, p1, p2, p3, ...followed, other, otherNew]) {
      expect(v.events.some((e) => e.event === 'error')).toBe(false);
    }
  }, 90_000);
});
