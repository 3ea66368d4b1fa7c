import { writeObsFile } from '@console/emulator/testing';
import { jobLogStreamPaths } from '@console/shared';
import type { EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';
import { readEvents } from '../test-support/sse-client.js';

const N = 1000;
/** Each worker prints N numbered lines (its rank in each) over a second or two, then "done". */
const RANK_SCRIPT = `import os, time
rank = os.environ.get("RANK", "?")
for i in range(1, ${N} + 1):
    print(f"W{rank} {i}", flush=(i % 25 == 0))
    if i % 100 == 0:
        time.sleep(0.1)
print(f"W{rank} done", flush=True)
`;

/** Each worker's lines as one connection delivered them, and the last event id. */
class Follower {
  readonly lines = new Map<string, string[]>();
  readonly events: EventSourceMessage[] = [];
  lastId: string | undefined;
  total = 0;

  take(e: EventSourceMessage): void {
    this.events.push(e);
    if (e.event === 'error') throw new Error(`stream error ${e.data}`);
    if (e.event !== 'log') return;
    const { worker, lines } = JSON.parse(e.data) as { worker: string; lines: string[] };
    this.lines.set(worker, [...(this.lines.get(worker) ?? []), ...lines]);
    this.lastId = e.id;
    this.total += lines.length;
  }
}

const expected = (rank: number) => [
  ...Array.from({ length: N }, (_, i) => `W${rank} ${i + 1}`),
  `W${rank} done`,
];

describe('one live log stream per job against a real emulator', () => {
  let s: Stack;
  let cookie: string;

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/ranks/ranks.py', RANK_SCRIPT);
    writeObsFile(s.emulator.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  /** Follows `url` until a third of the lines, then resumes with Last-Event-ID to the end. */
  async function followWithDrop(url: string, workers: number) {
    const first = new Follower();
    const cut = await readEvents(url, { cookie }, (e) => {
      first.take(e);
      return first.total >= (workers * N) / 3;
    });
    expect(cut.aborted).toBe(true);
    const second = new Follower();
    await readEvents(url, { cookie, 'Last-Event-ID': first.lastId ?? '' }, (e) => {
      second.take(e);
      if (e.event === 'log') expect(s.app.streams.total()).toBe(1);
    });
    return { first, second };
  }

  it('16 tasks of a v2 job in one stream: resumed after a drop, 0 lost and 0 repeated per task', async () => {
    const created = await fetch(`${s.base}/api/v2/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        kind: 'job',
        metadata: { name: 'job_stream_16' },
        algorithm: {
          code_dir: '/console-tests/ranks/',
          boot_file: '/console-tests/ranks/ranks.py',
          engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
        },
        // the emulator's largest CPU flavor takes 16 nodes
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 16 } },
      }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { metadata: { id: string } }).metadata.id;
    const tasks = Array.from({ length: 16 }, (_, i) => `worker-${i}`);
    const { first, second } = await followWithDrop(
      `${s.base}${jobLogStreamPaths.v2(id, tasks)}`,
      16,
    );
    for (const [rank, task] of tasks.entries()) {
      const all = [...(first.lines.get(task) ?? []), ...(second.lines.get(task) ?? [])];
      expect(
        all.filter((l) => l.startsWith('W')),
        task,
      ).toEqual(expected(rank));
      expect(new Set(all).size, task).toBe(all.length);
    }
    const end = second.events.filter((e) => e.event === 'end');
    expect(end.map((e) => (JSON.parse(e.data) as { phase: string }).phase)).toEqual(['Completed']);
    expect(s.app.v2Registry.stats().shared).toBe(16);
  }, 120_000);

  it('the 4 log files of a v1 version in one stream, resumed exactly', async () => {
    const res = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'job_stream_v1',
        config: {
          worker_server_num: 4,
          app_url: '/console-tests/ranks/',
          boot_file_url: '/console-tests/ranks/ranks.py',
          engine_id: 4,
          spec_id: 29, // modelarts.vm.cpu.8u.multi: up to 4 workers
          data_url: '/console-tests/data/',
          train_url: '/console-tests/out/',
        },
      }),
    });
    expect(res.status).toBe(200);
    const { job_id: jobId, version_id: versionId } = (await res.json()) as {
      job_id: number;
      version_id: number;
    };
    const names = await fetch(
      `${s.base}/api/v1/training-jobs/${jobId}/versions/${versionId}/log/file-names`,
      { headers: { cookie } },
    );
    const files = ((await names.json()) as { log_file_list: string[] }).log_file_list;
    expect(files).toHaveLength(4);
    const { first, second } = await followWithDrop(
      `${s.base}${jobLogStreamPaths.v1(jobId, versionId, files)}`,
      4,
    );
    for (const [rank, file] of files.entries()) {
      const all = [...(first.lines.get(file) ?? []), ...(second.lines.get(file) ?? [])];
      expect(
        all.filter((l) => l.startsWith('W')),
        file,
      ).toEqual(expected(rank));
      expect(new Set(all).size, file).toBe(all.length);
    }
    expect(second.events.at(-1)?.event).toBe('end');
  }, 120_000);
});
