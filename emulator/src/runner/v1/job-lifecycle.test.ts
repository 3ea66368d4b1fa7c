import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed004CreateBody } from '@console/shared/fixtures';
import { connect, waitDead, type TestClient } from '../../test-client.js';
import { spawnEmulator, writeObsFile, type SpawnedEmulator } from '../../testing.js';

const FAST_BOOT = `import os, sys
print("fast boot rank", os.environ["RANK"], "of", os.environ["WORLD_SIZE"])
for i in range(1, 6):
    print("step %d/5" % i)
print("args", " ".join(sys.argv[1:]))
`;
const SLEEPER = `import os, subprocess, time
child = subprocess.Popen(["sleep", "120"])
print("PIDS", os.getpid(), child.pid, flush=True)
time.sleep(120)
`;

const job = (
  name: string,
  boot: string,
  parameter: unknown[] = [],
  extra: Record<string, unknown> = {},
) => ({
  ...seed004CreateBody,
  job_name: name,
  config: {
    ...seed004CreateBody.config,
    parameter,
    app_url: path.posix.dirname(boot) + '/',
    boot_file_url: boot,
    ...extra,
  },
});

async function logText(
  c: TestClient,
  jobId: number,
  versionId: number,
  file: string,
): Promise<string> {
  const res = await c.get(
    `/training-jobs/${jobId}/versions/${versionId}/aom-log?log_file=${file}&lines=500`,
  );
  return String(res.body.content);
}

async function pidsOf(
  c: TestClient,
  jobId: number,
  versionId: number,
  file: string,
): Promise<number[]> {
  for (let i = 0; i < 100; i++) {
    const m = (await logText(c, jobId, versionId, file)).match(/PIDS (\d+) (\d+)/);
    if (m) return [Number(m[1]), Number(m[2])];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the job never printed its pids');
}

describe('jobs really run (emulator process)', () => {
  let emu: SpawnedEmulator;
  let c: TestClient;
  beforeAll(async () => {
    emu = await spawnEmulator();
    c = await connect(emu);
  });
  afterAll(async () => emu.stop());

  it('runs the seed-004 body as-is: 1 → 8 → 10, with the printed lines in aom-log', async () => {
    writeObsFile(emu.dataDir, seed004CreateBody.config.boot_file_url, FAST_BOOT);
    const created = await c.send('POST', '/training-jobs', seed004CreateBody);
    expect(created.body).toMatchObject({ is_success: true, status: 1 });
    const { job_id, version_id } = created.body as { job_id: number; version_id: number };
    const seen = await c.waitStatus(job_id, version_id, (s) => s === 10 || s === 11);
    expect(seen[0]).toBe(1);
    expect(seen).toContain(8);
    expect(seen.at(-1)).toBe(10);
    const names = await c.get(`/training-jobs/${job_id}/versions/${version_id}/log/file-names`);
    expect(names.body.log_file_list).toEqual(['job-jobtest-tf.0']);
    const text = await logText(c, job_id, version_id, 'job-jobtest-tf.0');
    expect(text).toContain('fast boot rank 0 of 1');
    expect(text).toContain('step 5/5');
    expect(text).toMatch(
      /--data_url=\S+test-modelarts\/dataset-mnist\/ --train_url=\S+mnist-model\/output\//,
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe('[ModelArts Service Log]Training completed.');
    const details = await c.get(`/training-jobs/${job_id}/versions/${version_id}`);
    expect(details.body).toMatchObject({
      status: 10,
      spec_id: 27,
      engine_type: 1,
      data_url: '/test-modelarts/dataset-mnist/',
    });
    expect(Number(details.body.start_time)).toBeGreaterThanOrEqual(
      Number(details.body.create_time),
    );
  });

  it('trains the shipped mnist script, reports metrics and writes its model to train_url', async () => {
    const params = [
      { label: 'max_steps', value: '12' },
      { label: 'step_seconds', value: '0.25' },
    ];
    const body = job('mnist_fast', seed004CreateBody.config.boot_file_url, params, {
      train_url: '/test-modelarts/out-fast/',
    });
    fs.copyFileSync(
      path.join(
        import.meta.dirname,
        '../../../assets/obs/test-modelarts/mnist-tensorflow-code/train_mnist_tf.py',
      ),
      writeObsFile(emu.dataDir, seed004CreateBody.config.boot_file_url, ''),
    );
    const created = await c.send('POST', '/training-jobs', body);
    const { job_id, version_id } = created.body as { job_id: number; version_id: number };
    expect((await c.waitStatus(job_id, version_id, (s) => s >= 10)).at(-1)).toBe(10);
    const text = await logText(c, job_id, version_id, 'job-mnist-fast.0');
    expect(text).toMatch(/step 12\/12 loss=\d+\.\d+ accuracy=\d\.\d+/);
    const model = JSON.parse(
      fs.readFileSync(path.join(emu.dataDir, 'obs/test-modelarts/out-fast/model.json'), 'utf8'),
    );
    expect(model.weights).toHaveLength(10);
    const details = await c.get(`/training-jobs/${job_id}/versions/${version_id}`);
    const metrics = details.body.system_metric_list as Record<string, unknown[]>;
    expect(Object.keys(metrics).sort()).toHaveLength(9);
    expect(metrics.cpuUsage?.length).toBeGreaterThan(0);
    expect(metrics.memUsage?.every((v) => typeof v === 'string' && /^\d+\.\d\d$/.test(v))).toBe(
      true,
    );
  });

  it('marks a raising script FAILED (11) with the traceback in the log', async () => {
    const boot = '/test-modelarts/failing-code/train_fail.py';
    const created = await c.send(
      'POST',
      '/training-jobs',
      job('failing_job', boot, [{ label: 'step_seconds', value: '0.05' }]),
    );
    const { job_id, version_id } = created.body as { job_id: number; version_id: number };
    expect((await c.waitStatus(job_id, version_id, (s) => s >= 10)).at(-1)).toBe(11);
    const text = await logText(c, job_id, version_id, 'job-failing-job.0');
    expect(text).toContain('preparing step 3/3');
    expect(text).toContain('Traceback (most recent call last):');
    expect(text).toContain('RuntimeError: dataset at');
    expect(text).toContain('[ModelArts Service Log]Training failed with exit code 1');
    const details = await c.get(`/training-jobs/${job_id}/versions/${version_id}`);
    expect(details.body.error_result).toMatchObject({ error_code: 'ModelArts.4909' });
  });

  it('stops a running version (9 → 12) and delete kills the whole process group', async () => {
    writeObsFile(emu.dataDir, '/jobs/sleeper/sleep.py', SLEEPER);
    const a = await c.send('POST', '/training-jobs', job('stop_me', '/jobs/sleeper/sleep.py'));
    const b = await c.send('POST', '/training-jobs', job('delete_me', '/jobs/sleeper/sleep.py'));
    const [aj, av] = [Number(a.body.job_id), Number(a.body.version_id)];
    const [bj, bv] = [Number(b.body.job_id), Number(b.body.version_id)];
    const stopPids = await pidsOf(c, aj, av, 'job-stop-me.0');
    const deletePids = await pidsOf(c, bj, bv, 'job-delete-me.0');

    const stop = await c.send('POST', `/training-jobs/${aj}/versions/${av}/stop`);
    expect(stop.body).toEqual({ is_success: true });
    expect((await c.waitStatus(aj, av, (s) => s === 12)).at(-1)).toBe(12);
    expect(await waitDead(stopPids)).toEqual([]);

    const del = await c.send('DELETE', `/training-jobs/${bj}`);
    expect(del.body).toEqual({ is_success: true });
    expect(await waitDead(deletePids, 1000)).toEqual([]);
    expect((await c.get(`/training-jobs/${bj}/versions/${bv}`)).status).toBe(404);
    const list = await c.get('/training-jobs?per_page=100');
    expect((list.body.jobs as Array<{ job_id: number }>).some((j) => j.job_id === bj)).toBe(false);
  });
});

describe('restart', () => {
  it('keeps state and marks jobs that were running as FAILED with a reason', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-restart-'));
    try {
      let emu = await spawnEmulator({ dataDir });
      let c = await connect(emu);
      writeObsFile(dataDir, '/jobs/sleeper/sleep.py', SLEEPER);
      const created = await c.send(
        'POST',
        '/training-jobs',
        job('survivor', '/jobs/sleeper/sleep.py'),
      );
      const [jobId, versionId] = [Number(created.body.job_id), Number(created.body.version_id)];
      const pids = await pidsOf(c, jobId, versionId, 'job-survivor.0');
      await emu.stop();
      expect(await waitDead(pids)).toEqual([]);

      emu = await spawnEmulator({ dataDir });
      try {
        c = await connect(emu);
        const details = await c.get(`/training-jobs/${jobId}/versions/${versionId}`);
        expect(details.body).toMatchObject({
          job_name: 'survivor',
          status: 11,
          error_result: {
            error_message:
              'emulator restarted while the job was running: its workers were killed (exit code 137)',
          },
        });
        const text = await logText(c, jobId, versionId, 'job-survivor.0');
        expect(text).toContain('PIDS');
        expect(text).toContain(
          '[ModelArts Service Log]Training failed with exit code 137: emulator restarted while the job was running.',
        );
      } finally {
        await emu.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
