import { writeObsFile } from '@console/emulator/testing';
import type { EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../test-support/sse-client.js';
import { startRestartableStack, type RestartableStack } from '../test-support/restartable-stack.js';
import { CSRF, type ControlRequest } from '../test-support/stack.js';

/** Prints numbered lines, 50 a second, until the emulator's stop kills it. */
const SCRIPT = `import time
for i in range(1, 6001):
    print(f"NUM {i}", flush=True)
    time.sleep(0.02)
`;
const OUTAGE_MS = 30_000;
const THROTTLED = { error_code: 'ModelArts.2799', error_msg: 'TooManyRequests' };

/** Waits (polling every 100 ms) until `cond` holds; fails after `ms`. */
async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, what: string) {
  const start = Date.now();
  while (!(await cond())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Everything one SSE viewer received. */
function follow(url: string, cookie: string) {
  const events: EventSourceMessage[] = [];
  // A stream cut by afterAll (after a failed assertion) rejects: that is no second failure.
  const done = readEvents(url, { cookie }, (e) => {
    events.push(e);
  }).catch(() => undefined);
  const logs = () => events.filter((e) => e.event === 'log');
  const lines = () => logs().flatMap((e) => (JSON.parse(e.data) as { lines: string[] }).lines);
  return {
    events,
    done,
    lines,
    ids: () => logs().map((e) => BigInt(e.id ?? '-1')),
    num: () => lines().filter((l) => l.startsWith('NUM ')).length,
    finished: () => events.some((e) => e.event === 'end' || e.event === 'error'),
  };
}
type Viewer = ReturnType<typeof follow>;

/** Recorded arrival times (ms) of requests to `path`, from `since` on. */
const arrivals = (reqs: ControlRequest[], path: string, since: number) =>
  reqs
    .filter((r) => r.path === path)
    .map((r) => new Date(r.at).getTime())
    .filter((t) => t >= since);
const longGaps = (times: number[]) =>
  times.filter((t, i) => i > 0 && t - (times[i - 1] ?? t) >= 1000).length;

describe('live log streams survive 429s and a 30 s upstream outage (real emulator, v1 and v2)', () => {
  let s: RestartableStack;

  beforeAll(async () => {
    s = await startRestartableStack({ logPollIntervalMs: 100 });
    writeObsFile(s.dataDir, '/console-tests/outage/count.py', SCRIPT);
    writeObsFile(s.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
  });
  afterAll(async () => {
    await s?.stop();
  });

  /** Two 429s with `Retry-After: 1` for the next reads of `path`; resolves once both were waited out. */
  async function throttleTwice(path: string) {
    const since = Date.now() - 1;
    await s.control('POST', 'faults', {
      fail: {
        status: 429,
        body: THROTTLED,
        headers: { 'Retry-After': '1' },
        count: 2,
        path_prefix: path,
      },
    });
    // Three reads: 429, 429, 200, each at least the Retry-After after the one before.
    await waitFor(
      async () => longGaps(arrivals(await s.requests(), path, since)) >= 2,
      20_000,
      `429s on ${path}`,
    );
  }

  it('resumes each stream where it was: every line exactly once, in order', async () => {
    const cookie = await s.login();
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${s.base}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...CSRF },
        body: JSON.stringify(body),
      });
      expect(res.status).toBeLessThan(300);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const v1job = (await post('/api/v1/training-jobs', {
      job_name: 'outage_v1',
      config: {
        worker_server_num: 1,
        app_url: '/console-tests/outage/',
        boot_file_url: '/console-tests/outage/count.py',
        engine_id: 4,
        spec_id: 7,
        data_url: '/console-tests/data/',
        train_url: '/console-tests/out/',
      },
    })) as { job_id: number; version_id: number };
    const v2job = (await post('/api/v2/training-jobs', {
      kind: 'job',
      metadata: { name: 'outage_v2' },
      algorithm: {
        code_dir: '/console-tests/outage/',
        boot_file: '/console-tests/outage/count.py',
        engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    })) as { metadata: { id: string } };
    const v1Log = `/api/logs/v1/${v1job.job_id}/${v1job.version_id}`;
    const v2Log = `/api/logs/v2/${v2job.metadata.id}/worker-0`;
    const v1 = follow(`${s.base}${v1Log}?log_file=job-outage-v1.0`, cookie);
    const v2 = follow(`${s.base}${v2Log}`, cookie);
    await waitFor(() => v1.num() >= 30 && v2.num() >= 30, 30_000, 'first lines');

    // Two 429s with Retry-After on each log read, waited out inside the BFF.
    const project = s.projectId;
    const aomPath = `/v1/${project}/training-jobs/${v1job.job_id}/versions/${v1job.version_id}/aom-log`;
    const previewPath = `/v2/${project}/training-jobs/${v2job.metadata.id}/tasks/worker-0/logs/preview`;
    await throttleTwice(aomPath);
    await throttleTwice(previewPath);
    const [n1, n2] = [v1.num(), v2.num()];
    await waitFor(() => v1.num() > n1 && v2.num() > n2, 10_000, 'lines after the 429s');

    // A real outage: the emulator process stops (its job dies with it) for 30 s.
    await s.stopEmulator();
    const before = { v1: v1.lines().length, v2: v2.lines().length };
    // fixed-wait-ok: the outage lasts this long; the lines above prove the streams were flowing
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    expect([v1.finished(), v2.finished()]).toEqual([false, false]);
    expect([v1.lines().length, v2.lines().length]).toEqual([before.v1, before.v2]);
    const lastIds = {
      v1: v1.events.filter((e) => e.event === 'log').at(-1)?.id,
      v2: v2.events.filter((e) => e.event === 'log').at(-1)?.id,
    };

    // Back on the same port and data folder: the job is marked failed and the streams drain.
    await s.startEmulator();
    const restartedAt = Date.now();
    const resumed = (v: Viewer, n: number) =>
      waitFor(() => v.lines().length > n, 30_000, 'lines after the restart').then(
        () => Date.now() - restartedAt,
      );
    const resumeMs = await Promise.all([resumed(v1, before.v1), resumed(v2, before.v2)]);
    // Within a backoff step or two (at most 10 s each; an open circuit adds at most its 5 s).
    expect(Math.max(...resumeMs)).toBeLessThan(25_000);
    await Promise.all([v1.done, v2.done]);

    for (const [v, last] of [
      [v1, lastIds.v1],
      [v2, lastIds.v2],
    ] as [Viewer, string | undefined][]) {
      expect(v.events.filter((e) => e.event === 'error')).toEqual([]);
      expect(v.events.at(-1)?.event).toBe('end');
      const ids = v.ids();
      expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0n))).toBe(true);
      expect(ids.map(String)).toContain(last);
      const nums = v.lines().filter((l) => l.startsWith('NUM '));
      expect(nums).toEqual(Array.from({ length: nums.length }, (_, i) => `NUM ${i + 1}`));
    }
    expect(JSON.parse(v1.events.at(-1)?.data ?? '{}')).toMatchObject({ status: 11 });
    expect(JSON.parse(v2.events.at(-1)?.data ?? '{}')).toMatchObject({ phase: 'Failed' });

    // The reads after the restart went on from the last cursor sent, not from the start.
    const after = await s.requests();
    expect(after.find((r) => r.path === aomPath)?.query.base_line).toBe(lastIds.v1);

    // The streamed lines are the whole log, each exactly once, in order.
    const download = async (path: string) => {
      const res = await fetch(`${s.base}${path}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      const lines = (await res.text()).split('\n');
      if (lines.at(-1) === '') lines.pop();
      return lines;
    };
    expect(v1.lines()).toEqual(await download(`${v1Log}/download?log_file=job-outage-v1.0`));
    expect(v2.lines()).toEqual(await download(`${v2Log}/download`));
    expect(v1.lines().some((l) => l.includes('emulator restarted while the job was running'))).toBe(
      true,
    );
  }, 150_000);
});
