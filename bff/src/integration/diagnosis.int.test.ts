import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosisSchema, type Diagnosis } from '@console/shared';
import { eventually } from '../test-support/eventually.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

/** The failing sample the emulator ships (prints 3 lines, then raises RuntimeError). */
const CODE_DIR = '/test-modelarts/failing-code/';
const BOOT = '/test-modelarts/failing-code/train_fail.py';
const RUNTIME_ERROR = /^RuntimeError: dataset at .* is corrupted: expected 65 columns, found 3$/;

describe('"why it failed" against a real emulator', () => {
  let s: Stack;
  let cookie: string;

  beforeAll(async () => {
    s = await startStack(100);
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  async function diagnosis(path: string): Promise<Diagnosis> {
    const res = await fetch(`${s.base}${path}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return DiagnosisSchema.parse(await res.json());
  }

  async function post(path: string, body: unknown): Promise<unknown> {
    const res = await fetch(`${s.base}${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', ...CSRF },
      body: JSON.stringify(body),
    });
    expect(res.status).toBeLessThan(300);
    return res.json();
  }

  it('v1: names the failed worker, its exit code and the RuntimeError line of its traceback', async () => {
    const job = (await post('/api/v1/training-jobs', {
      job_name: 'diag_v1_fail',
      config: {
        worker_server_num: 1,
        app_url: CODE_DIR,
        boot_file_url: BOOT,
        engine_id: 4,
        spec_id: 7,
        parameter: [{ label: 'step_seconds', value: '0.01' }],
        data_url: '/test-modelarts/dataset-mnist/',
        train_url: '/console-tests/out-diag/',
      },
    })) as { job_id: number; version_id: number };
    const path = `/api/diagnosis/v1/${job.job_id}/${job.version_id}`;
    let d = await diagnosis(path);
    await eventually(
      async () => {
        d = await diagnosis(path);
        return d.failed;
      },
      30_000,
      'the v1 job to fail',
    );
    expect(d.status).toBe('Failed');
    expect(d.workers).toHaveLength(1);
    const [w] = d.workers;
    expect(w).toMatchObject({ exit_code: 1, failed: true, truncated: false });
    expect(w?.log_file).toBeTruthy();
    expect(w?.error?.kind).toBe('traceback');
    expect(w?.error?.text).toMatch(RUNTIME_ERROR);
    expect(w?.error?.context[0]?.text).toBe('Traceback (most recent call last):');

    // the line number is the line's position in the log the viewer shows
    const log = await fetch(
      `${s.base}/api/logs/v1/${job.job_id}/${job.version_id}/download?log_file=${w?.log_file}`,
      { headers: { cookie } },
    ).then((r) => r.text());
    expect(log.split('\n')[(w?.error?.line ?? 0) - 1]).toMatch(RUNTIME_ERROR);
    for (const t of await s.tokens()) expect(JSON.stringify(d)).not.toContain(t);

    // the server-side search finds the same line, with the same number
    const found = await fetch(
      `${s.base}/api/logs/v1/${job.job_id}/${job.version_id}/search?log_file=${w?.log_file}&q=runtimeerror%3A`,
      { headers: { cookie } },
    ).then((r) => r.text());
    const [match, end] = found
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(match).toMatchObject({
      line: w?.error?.line,
      text: expect.stringMatching(RUNTIME_ERROR),
    });
    expect(end).toMatchObject({ done: true, matches: 1, truncated: false });
  }, 60_000);

  it('v2: names the failed task, its exit code, its RuntimeError line and the error events', async () => {
    const job = (await post('/api/v2/training-jobs', {
      kind: 'job',
      metadata: { name: 'diag_v2_fail' },
      algorithm: {
        code_dir: CODE_DIR,
        boot_file: BOOT,
        parameters: [{ name: 'step_seconds', value: '0.01' }],
        engine: { engine_id: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64' },
      },
      spec: { resource: { flavor_id: 'modelarts.vm.cpu.2u', node_count: 1 } },
    })) as { metadata: { id: string } };
    const path = `/api/diagnosis/v2/${job.metadata.id}`;
    let d = await diagnosis(path);
    await eventually(
      async () => {
        d = await diagnosis(path);
        return d.failed;
      },
      30_000,
      'the v2 job to fail',
    );
    expect(d.workers[0]).toMatchObject({ worker: 'worker-0', exit_code: 1, failed: true });
    expect(d.workers[0]?.error?.text).toMatch(RUNTIME_ERROR);
    expect(d.events.some((e) => e.level === 'Error')).toBe(true);

    const log = await fetch(`${s.base}/api/logs/v2/${job.metadata.id}/worker-0/download`, {
      headers: { cookie },
    }).then((r) => r.text());
    expect(log.split('\n')[(d.workers[0]?.error?.line ?? 0) - 1]).toMatch(RUNTIME_ERROR);

    const found = await fetch(
      `${s.base}/api/logs/v2/${job.metadata.id}/worker-0/search?q=preparing%20step&case=1`,
      { headers: { cookie } },
    ).then((r) => r.text());
    expect(
      found
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      { line: 2, text: 'preparing step 1/3' },
      { line: 3, text: 'preparing step 2/3' },
      { line: 4, text: 'preparing step 3/3' },
      { done: true, lines_read: expect.any(Number), matches: 3, truncated: false, more: false },
    ]);
  }, 60_000);
});
