import { writeObsFile } from '@console/emulator/testing';
import { jobLogStreamPaths } from '@console/shared';
import { createParser } from 'eventsource-parser';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';
import { startCutProxy, type CutProxy } from './cut-proxy.js';

/**
 * Issue 11: the job stream resumes exactly after a forced disconnect mid-tail. A 4-worker job
 * prints 10,000 numbered lines per worker over a few seconds; the browser's connection goes through
 * a TCP proxy that cuts it after a given number of bytes (in the middle of an event, as a network
 * drop does), three times. Each time the client reconnects as the browser does: EventSource's own
 * retry sends `Last-Event-ID`, the console's reopen sends `?last_event_id=`. Per worker, the lines
 * delivered across the four connections are exactly the lines printed: none lost, none repeated.
 */
const N = 10_000;
const WORKERS = 4;
const SCRIPT = `import os, time
rank = os.environ.get("RANK", "?")
for i in range(1, ${N} + 1):
    print(f"W{rank} {i}", flush=(i % 50 == 0))
    if i % 250 == 0:
        time.sleep(0.1)
print(f"W{rank} done", flush=True)
`;
/** Where each connection is cut (bytes of the response); the fourth runs to the end. */
const CUTS = [60_000, 130_000, 95_000];

const expected = (rank: number) => [
  ...Array.from({ length: N }, (_, i) => `W${rank} ${i + 1}`),
  `W${rank} done`,
];

interface Connection {
  /** How the connection ended: the `end` event, or cut (the body failed mid-read). */
  ended: 'end' | 'cut';
  lastId: string | undefined;
  /** The last `status` event's data (the job's state when the connection was cut). */
  lastStatus: string | undefined;
}

/** Reads one connection to its end or its cut; `take` gets every complete event. */
async function follow(
  url: string,
  headers: Record<string, string>,
  take: (event: string, data: string, id: string | undefined) => void,
): Promise<Connection> {
  // a connection of its own, as a reconnecting EventSource opens (never one kept alive from before)
  const dispatcher = new Agent({ pipelining: 0 });
  const res = await fetch(url, { headers, dispatcher });
  expect(res.status).toBe(200);
  let lastId: string | undefined;
  let lastStatus: string | undefined;
  let ended: Connection['ended'] = 'cut';
  const parser = createParser({
    onEvent: (e) => {
      if (e.event === 'error') throw new Error(`stream error ${e.data}`);
      if (e.id !== undefined) lastId = e.id;
      if (e.event === 'end') ended = 'end';
      if (e.event === 'status') lastStatus = e.data;
      take(e.event ?? 'message', e.data, e.id);
    },
  });
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch {
    // the proxy cut the connection: what was parsed so far counts, the partial event does not
  } finally {
    await dispatcher.destroy();
  }
  return { ended, lastId, lastStatus };
}

describe('the job stream resumes exactly after forced disconnects', () => {
  let s: Stack;
  let proxy: CutProxy;
  let cookie: string;

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/resume/ranks.py', SCRIPT);
    writeObsFile(s.emulator.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
    proxy = await startCutProxy(new URL(s.base));
    cookie = await s.login();
  });
  afterAll(async () => {
    await proxy?.close();
    await s?.stop();
  });

  /** Follows `path` through the proxy, cut at CUTS, reconnecting each time like the browser. */
  async function followWithCuts(path: string) {
    const lines = new Map<string, string[]>();
    const connections: Connection[] = [];
    const take = (event: string, data: string) => {
      if (event !== 'log') return;
      const { worker, lines: got } = JSON.parse(data) as { worker: string; lines: string[] };
      const mine = lines.get(worker) ?? [];
      for (const l of got) mine.push(l);
      lines.set(worker, mine);
    };
    for (let i = 0; i <= CUTS.length; i++) {
      proxy.cutNextAfter(CUTS[i]);
      const last = connections.at(-1)?.lastId;
      // EventSource's retry sends the header; the console's reopen puts it in the query
      const viaQuery = i % 2 === 0 && last !== undefined;
      const url = `${proxy.base}${path}${viaQuery ? `&last_event_id=${encodeURIComponent(last)}` : ''}`;
      const headers: Record<string, string> = { cookie };
      if (!viaQuery && last !== undefined) headers['Last-Event-ID'] = last;
      connections.push(await follow(url, headers, take));
    }
    return { lines, connections };
  }

  function expectExact(lines: Map<string, string[]>, workers: readonly string[]) {
    for (const [rank, worker] of workers.entries()) {
      const got = (lines.get(worker) ?? []).filter((l) => l.startsWith('W'));
      expect(got.length, `${worker}: lines delivered`).toBe(N + 1);
      expect(new Set(got).size, `${worker}: lines repeated`).toBe(got.length);
      expect(got, worker).toEqual(expected(rank));
    }
  }

  it('v2: 4 tasks × 10,000 lines, cut three times mid-tail: 0 lost, 0 repeated per task', async () => {
    const created = await fetch(`${s.base}/api/v2/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        kind: 'job',
        metadata: { name: 'job_resume_v2' },
        algorithm: {
          code_dir: '/console-tests/resume/',
          boot_file: '/console-tests/resume/ranks.py',
          engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: WORKERS } },
      }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { metadata: { id: string } }).metadata.id;
    const tasks = Array.from({ length: WORKERS }, (_, i) => `worker-${i}`);
    const { lines, connections } = await followWithCuts(jobLogStreamPaths.v2(id, tasks));
    // the cuts fell while the job was printing: only the last connection saw the end
    expect(connections.map((c) => c.ended)).toEqual(['cut', 'cut', 'cut', 'end']);
    expect(proxy.cuts).toBe(CUTS.length);
    expect(connections[0]?.lastStatus).toMatch(/"phase":"Running"/);
    expectExact(lines, tasks);
  }, 90_000);

  it('v1: the 4 log files of a version × 10,000 lines, cut three times: exact', async () => {
    const res = await fetch(`${s.base}/api/v1/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        job_name: 'job_resume_v1',
        config: {
          worker_server_num: WORKERS,
          app_url: '/console-tests/resume/',
          boot_file_url: '/console-tests/resume/ranks.py',
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
    expect(files).toHaveLength(WORKERS);
    const { lines, connections } = await followWithCuts(
      jobLogStreamPaths.v1(jobId, versionId, files),
    );
    expect(connections.map((c) => c.ended)).toEqual(['cut', 'cut', 'cut', 'end']);
    expect(connections[0]?.lastStatus).toMatch(/RUNNING/);
    expectExact(lines, files);
  }, 90_000);
});
