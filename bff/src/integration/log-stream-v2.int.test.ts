import { writeObsFile } from '@console/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';
import { readEvents } from '../test-support/sse-client.js';

const N = 2100;
/**
 * Prints N numbered lines with 2-, 3- and 4-byte characters over ~5 s. Every 25th line is written in
 * two halves cut inside "損" (flush + sleep between), so polls see half a character.
 */
const SPLIT_SCRIPT = `import sys, time
out = sys.stdout.buffer
for i in range(1, ${N} + 1):
    data = f"NUM {i} 損失 é 🙂\\n".encode("utf-8")
    if i % 25 == 0:
        cut = data.index("損".encode("utf-8")) + 1
        out.write(data[:cut]); out.flush()
        time.sleep(0.02)
        out.write(data[cut:]); out.flush()
    else:
        out.write(data)
    if i % 20 == 0:
        out.flush()
        time.sleep(0.03)
out.write(b"done \\xe6\\x90\\x8d\\n"); out.flush()
`;

interface LogData {
  lines: string[];
}

describe('v2 live log tail against a real emulator', () => {
  let s: Stack;
  let cookie: string;

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/v2-split/split.py', SPLIT_SCRIPT);
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('resumes after a forced disconnect with 0 lost and 0 repeated lines, split characters included', async () => {
    const created = await fetch(`${s.base}/api/v2/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        kind: 'job',
        metadata: { name: 'sse_v2_split', description: 'byte cursor test' },
        algorithm: {
          code_dir: '/console-tests/v2-split/',
          boot_file: '/console-tests/v2-split/split.py',
          engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
      }),
    });
    const job = (await created.json()) as { metadata: { id: string } };
    expect(created.status).toBe(201);
    const url = `${s.base}/api/logs/v2/${job.metadata.id}/worker-0`;

    const received: string[] = [];
    const ids: number[] = [];
    const rawData: string[] = [];
    let lastId: string | undefined;
    const first = await readEvents(url, { cookie }, (e) => {
      rawData.push(e.data);
      if (e.event !== 'log') return false;
      received.push(...(JSON.parse(e.data) as LogData).lines);
      ids.push(Number(e.id));
      lastId = e.id;
      return received.filter((l) => l.startsWith('NUM ')).length >= 700;
    });
    expect(first.aborted).toBe(true);
    expect(lastId).toMatch(/^\d+$/);

    // A second viewer from the start meanwhile: same poller.
    const second: string[] = [];
    const viewer2 = readEvents(url, { cookie }, (e) => {
      if (e.event === 'log') second.push(...(JSON.parse(e.data) as LogData).lines);
    });

    let end: { phase: string; secondary_phase: string } | undefined;
    await readEvents(url, { cookie, 'Last-Event-ID': lastId ?? '' }, (e) => {
      rawData.push(e.data);
      if (e.event === 'log') {
        received.push(...(JSON.parse(e.data) as LogData).lines);
        ids.push(Number(e.id));
      }
      if (e.event === 'end') end = JSON.parse(e.data) as typeof end;
      if (e.event === 'error') throw new Error(`stream error ${e.data}`);
    });
    await viewer2;

    const expected = Array.from({ length: N }, (_, i) => `NUM ${i + 1} 損失 é 🙂`);
    const own = received.filter((l) => l.startsWith('NUM ') || l.startsWith('done'));
    expect(own.length).toBe(N + 1);
    expect(own).toEqual([...expected, 'done 損']);
    expect(received.join('\n')).not.toContain('\uFFFD');
    expect(new Set(received).size).toBe(received.length);
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0))).toBe(true);
    expect(second.filter((l) => l.startsWith('NUM '))).toEqual(expected);
    expect(end?.phase).toBe('Completed');
    expect(s.app.v2Registry.stats()).toMatchObject({ shared: 1, private: 0, privateStarted: 0 });
    for (const t of await s.tokens()) expect(rawData.join('\n')).not.toContain(t);
  }, 60_000);

  it('runs one poller per task: two viewers of worker-0 and one of worker-1 of a 2-node job', async () => {
    const before = s.app.v2Registry.stats().shared;
    const created = await fetch(`${s.base}/api/v2/training-jobs`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify({
        kind: 'job',
        metadata: { name: 'sse_v2_two_nodes' },
        algorithm: {
          id: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
          parameters: [
            { name: 'steps', value: '8' },
            { name: 'step_seconds', value: '0.2' },
          ],
        },
        spec: { resource: { flavor_id: 'modelarts.vm.cpu.8u', node_count: 2 } },
      }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { metadata: { id: string } }).metadata.id;
    await s.clearRequests();
    const follow = async (task: string) => {
      const lines: string[] = [];
      let end = '';
      await readEvents(`${s.base}/api/logs/v2/${id}/${task}`, { cookie }, (e) => {
        if (e.event === 'log') lines.push(...(JSON.parse(e.data) as LogData).lines);
        if (e.event === 'end') end = (JSON.parse(e.data) as { phase: string }).phase;
      });
      return { lines, end };
    };
    const [a, b, w1] = await Promise.all([
      follow('worker-0'),
      follow('worker-0'),
      follow('worker-1'),
    ]);
    expect(a.lines).toEqual(b.lines);
    expect(a.lines.some((l) => l.includes('[rank 0/2]'))).toBe(true);
    expect(w1.lines.some((l) => l.includes('[rank 1/2]'))).toBe(true);
    expect([a.end, b.end, w1.end]).toEqual(['Completed', 'Completed', 'Completed']);
    expect(s.app.v2Registry.stats().shared - before).toBe(2);
    const previews = (await s.requests()).filter((r) => r.path.endsWith('/logs/preview'));
    const count = (task: string) => previews.filter((r) => r.path.includes(`/${task}/`)).length;
    // worker-0 has two viewers but one poller: about as many upstream reads as worker-1.
    expect(count('worker-0')).toBeLessThanOrEqual(count('worker-1') + 2);
  }, 60_000);

  it('sends an error event for a job that does not exist', async () => {
    const events: { event?: string; data: string }[] = [];
    await readEvents(`${s.base}/api/logs/v2/no-such-job/worker-0`, { cookie }, (e) => {
      events.push(e);
    });
    expect(events.at(-1)?.event).toBe('error');
    expect(JSON.parse(events.at(-1)?.data ?? '{}')).toMatchObject({ error_code: 'ModelArts.2775' });
  });
});
