import { writeObsFile } from '@console/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';
import { readEvents } from '../test-support/sse-client.js';

const N = 2600;
/** Prints N numbered lines over ~6 s so that a viewer can drop out and come back mid-run. */
const COUNT_SCRIPT = `import time
for i in range(1, ${N} + 1):
    print(f"NUM {i}", flush=True)
    if i % 20 == 0:
        time.sleep(0.045)
print("done", flush=True)
`;

describe('live log tail against a real emulator', () => {
  let s: Stack;
  let cookie: string;

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/count/count.py', COUNT_SCRIPT);
    writeObsFile(s.emulator.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  async function createCountJob(name: string) {
    const res = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: name,
        config: {
          worker_server_num: 1,
          app_url: '/console-tests/count/',
          boot_file_url: '/console-tests/count/count.py',
          engine_id: 4,
          spec_id: 7,
          data_url: '/console-tests/data/',
          train_url: '/console-tests/out/',
        },
      }),
    });
    const body = (await res.json()) as { job_id: number; version_id: number };
    expect(res.status).toBe(200);
    return body;
  }

  it('resumes after a forced disconnect with 0 lost and 0 repeated lines, from one shared poller', async () => {
    const { job_id: jobId, version_id: versionId } = await createCountJob('sse_numbers');
    const url = `${s.base}/api/logs/v1/${jobId}/${versionId}?log_file=job-sse-numbers.0`;
    const received: string[] = [];
    const eventText: string[] = [];
    let lastId: string | undefined;

    // Viewer 1 drops out after ~800 lines.
    const first = await readEvents(url, { cookie }, (e) => {
      eventText.push(e.data);
      if (e.event !== 'log') return false;
      received.push(...(JSON.parse(e.data) as { lines: string[] }).lines);
      lastId = e.id;
      return received.length >= 800;
    });
    expect(first.aborted).toBe(true);
    expect(first.contentType).toContain('text/event-stream');
    expect(lastId).toMatch(/^\d{19}$/);

    // Viewer 2 follows from the start meanwhile; it must not start a second upstream poller.
    await s.clearRequests();
    const second: string[] = [];
    let secondEnd: string | undefined;
    const viewer2 = readEvents(url, { cookie }, (e) => {
      if (e.event === 'log') second.push(...(JSON.parse(e.data) as { lines: string[] }).lines);
      if (e.event === 'end') secondEnd = e.data;
    });

    // Viewer 1 comes back with Last-Event-ID and reads to the end.
    let end: { status: number; name: string } | undefined;
    const statuses: number[] = [];
    await readEvents(url, { cookie, 'Last-Event-ID': lastId ?? '' }, (e) => {
      eventText.push(e.data);
      if (e.event === 'log') received.push(...(JSON.parse(e.data) as { lines: string[] }).lines);
      if (e.event === 'status') statuses.push((JSON.parse(e.data) as { status: number }).status);
      if (e.event === 'end') end = JSON.parse(e.data) as { status: number; name: string };
      if (e.event === 'error') throw new Error(`stream error ${e.data}`);
    });
    await viewer2;

    const expected = Array.from({ length: N }, (_, i) => `NUM ${i + 1}`);
    // The emulator adds its own "[ModelArts Service Log]…" lines around the job's output.
    const own = received.filter((l) => !l.startsWith('[ModelArts Service Log]'));
    expect(own.length).toBe(N + 1);
    expect(own).toEqual([...expected, 'done']);
    expect(new Set(received).size).toBe(received.length);
    expect(end).toEqual({ status: 10, name: 'JOBSTAT_COMPLETED' });
    expect(statuses.at(-1)).toBe(10);
    expect(second.filter((l) => l.startsWith('NUM '))).toEqual(expected);
    expect(secondEnd).toBeDefined();

    // One poller: its aom-log reads only move forward, and none restarted from the beginning (a
    // read without base_line, the documented way to find the start).
    const aom = (await s.requests()).filter((r) => r.path.endsWith('/aom-log'));
    expect(aom.length).toBeGreaterThan(0);
    const bases = aom.map((r) => BigInt(r.query.base_line ?? '0'));
    expect(bases.every((b, i) => i === 0 || b >= (bases[i - 1] ?? 0n))).toBe(true);
    expect(bases).not.toContain(0n);
    expect(s.app.registry.stats()).toMatchObject({ shared: 1, private: 0, privateStarted: 0 });

    const tokens = await s.tokens();
    for (const t of tokens) expect(eventText.join('\n')).not.toContain(t);
  }, 90_000);

  it('sends an error event for a job that does not exist', async () => {
    const events: { event?: string; data: string }[] = [];
    await readEvents(`${s.base}/api/logs/v1/987654/1?log_file=job-x.0`, { cookie }, (e) => {
      events.push(e);
    });
    expect(events.at(-1)?.event).toBe('error');
    expect(JSON.parse(events.at(-1)?.data ?? '{}')).toMatchObject({ error_code: 'ModelArts.2775' });
  });
});
