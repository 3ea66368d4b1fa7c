import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobEventsResponseSchema, TaskLogPreviewSchema, TaskMetricsSchema } from '@console/shared';
import { v2LogFile } from '../../runner/v2/v2-launch.js';
import { createV2TestEmulator, scriptJob, type V2TestEmulator } from './v2-test-support.js';

let emu: V2TestEmulator;
beforeAll(async () => {
  emu = await createV2TestEmulator({ timings: { hourMs: 1500 } });
});
afterAll(async () => emu.cleanup());

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const events = async (id: string, query = '') =>
  JobEventsResponseSchema.parse(
    (await emu.call('get', `/training-jobs/${id}/events${query}`)).body,
  );

describe('a real 2-node run (§4.8–§4.11)', () => {
  let id = '';
  let done: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test JSON
  let exportedWhileRunning = false;

  beforeAll(async () => {
    const body = scriptJob('two-nodes', { nodes: 2, params: { steps: '4', step_seconds: '0.3' } });
    Object.assign(body.algorithm, {
      engine: {
        engine_name: 'PyTorch',
        engine_version: 'pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64',
      },
      inputs: [
        { name: 'data_url', remote: { obs: { obs_url: 'obs://test-modelarts/dataset-mnist/' } } },
      ],
      outputs: [
        {
          name: 'train_url',
          local_dir: '/home/ma-user/out',
          remote: { obs: { obs_url: '/test-modelarts/v2-out/' } },
        },
      ],
      environments: { MA_EXTRA_ENV_ECHO: 'MY_FLAG', MY_FLAG: 'on ✓' },
      working_dir: '/home/ma-user/work',
    });
    Object.assign(body.spec, { log_export_path: { obs_url: 'obs://test-modelarts/v2-logs/' } });
    const res = await emu.call('post', '/training-jobs', body);
    expect(res.status).toBe(201);
    id = res.body.metadata.id;
    expect(res.body.status.tasks).toEqual(['worker-0', 'worker-1']);
    const running = await emu.waitPhase(id, (p) => p === 'Running');
    expect(running.status.secondary_phase).toBe('Running');
    const exportDir = path.join(emu.dataDir, 'obs/test-modelarts/v2-logs');
    const exportedLog = path.join(exportDir, `modelarts-job-${id}-worker-0.log`);
    done = await emu.waitPhase(id, (p) => {
      if (p === 'Running' && fs.existsSync(exportedLog)) exportedWhileRunning = true;
      return p === 'Completed' || p === 'Failed';
    });
  });

  it('runs both workers with rank, world size, environments and channels', async () => {
    expect(done.status.phase).toBe('Completed');
    expect(done.status.task_statuses.map((t: { exit_code: number }) => t.exit_code)).toEqual([
      0, 0,
    ]);
    expect(done.status.running_records[0]).toMatchObject({ end_reason: 'job completed' });
    expect(done.status.duration).toBeGreaterThan(0);
    for (const rank of [0, 1]) {
      const res = await emu.call('get', `/training-jobs/${id}/tasks/worker-${rank}/logs/preview`);
      const p = TaskLogPreviewSchema.parse(res.body);
      expect(p.content).toContain(`[rank ${rank}/2] step 4/4`);
      expect(p.content).toContain(`[rank ${rank}/2] env MY_FLAG=on ✓`);
      expect(p.content).toMatch(/data_url .* holds \d+ entries/);
      expect(p.content).toContain('損失');
      const file = fs.readFileSync(v2LogFile(emu.emulator.ctx.paths, id, `worker-${rank}`));
      expect(p.full_size).toBe(file.length);
      expect(p.current_size).toBe(Buffer.byteLength(p.content));
      expect(Buffer.from(p.content)).toEqual(file);
    }
    const out = path.join(emu.dataDir, 'obs/test-modelarts/v2-out');
    expect(fs.readdirSync(out).sort()).toEqual(['model-rank0.txt', 'model-rank1.txt']);
    expect(exportedWhileRunning).toBe(true);
    const exported = fs.readdirSync(path.join(emu.dataDir, 'obs/test-modelarts/v2-logs'));
    expect(exported.sort()).toEqual([
      `modelarts-job-${id}-worker-0.log`,
      `modelarts-job-${id}-worker-1.log`,
    ]);
  });

  it('tells the lifecycle in events, filterable and paged', async () => {
    const all = await events(id, '?order=asc');
    const messages = all.events.map((e) => e.message);
    expect(messages[0]).toBe('Training job created.');
    expect(messages).toContain('Training job is queuing: waiting for resources.');
    expect(messages).toContain('Training job is running.');
    expect(messages).toContain('[worker-0] Training finished. Exit code 0.');
    expect(messages).toContain('[worker-1] Training finished. Exit code 0.');
    expect(messages[messages.length - 1]).toBe('Training job completed.');
    expect(all.events[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    const tasks = await events(id, '?source=Task&limit=1');
    expect([tasks.total, tasks.events.length]).toEqual([2, 1]);
    const newest = await events(id);
    expect(newest.events[0]!.message).toBe('Training job completed.');
    const none = await events(id, `?start_time=0&end_time=1`);
    expect(none.total).toBe(0);
    const iso = await events(
      id,
      `?start_time=2000-01-01T00:00:00Z&end_time=2999-01-01T00:00:00%2B08:00`,
    );
    expect(iso.total).toBe(all.total);
    const bad = await emu.call('get', `/training-jobs/${id}/events?start_time=1`);
    expect(bad.status).toBe(400);
    expect(bad.body.error_code).toBe('ModelArts.50004000');
  });

  it('reports per-task metrics from the real processes', async () => {
    const res = await emu.call('get', `/training-jobs/${id}/metrics/worker-1`);
    expect(res.status).toBe(200);
    const m = TaskMetricsSchema.parse(res.body);
    const byName = Object.fromEntries(m.metrics.map((x) => [x.metric, x.value]));
    expect(byName.cpuUsage!.length).toBeGreaterThan(0);
    expect(byName.cpuUsage!.every((v) => v >= 0)).toBe(true);
    expect(byName.gpuUtil!.every((v) => v === -1)).toBe(true);
    const unknown = await emu.call('get', `/training-jobs/${id}/metrics/worker-7`);
    expect(unknown.status).toBe(400);
  });

  it('gives a signed 5-minute link that serves the whole log', async () => {
    const res = await emu.call(
      'get',
      `/training-jobs/${id}/tasks/worker-1/logs/url?Content-Type=text/plain`,
    );
    expect(res.status).toBe(200);
    const url = new URL(res.body.obs_url);
    expect(url.pathname).toBe(`/__obs/v2-logs/${id}/worker-1.log`);
    const expires = Number(url.searchParams.get('expires'));
    expect(expires * 1000 - Date.now()).toBeGreaterThan(4 * 60_000);
    const file = fs.readFileSync(v2LogFile(emu.emulator.ctx.paths, id, 'worker-1'), 'utf8');
    const got = await request(emu.app).get(url.pathname + url.search);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toMatch(/^text\/plain/);
    expect(got.text).toBe(file);
    // a part of it, as OBS serves one (the BFF counts the lines of a stretch this way)
    const part = await request(emu.app)
      .get(url.pathname + url.search)
      .set('Range', 'bytes=2-9');
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 2-9/${Buffer.byteLength(file)}`);
    expect(part.text).toBe(Buffer.from(file).subarray(2, 10).toString('utf8'));
    const past = await request(emu.app)
      .get(url.pathname + url.search)
      .set('Range', `bytes=${Buffer.byteLength(file)}-`);
    expect([past.status, past.headers['content-range']]).toEqual([
      416,
      `bytes */${Buffer.byteLength(file)}`,
    ]);
    const tampered = await request(emu.app).get(
      url.pathname + url.search.replace(/expires=\d+/, `expires=${expires + 1}`),
    );
    expect(tampered.status).toBe(403);
    const dl = await request(emu.app)
      .get(`${emu.base}/training-jobs/${id}/tasks/worker-0/logs/url`)
      .set('X-Auth-Token', emu.token)
      .set('Content-Type', 'application/octet-stream');
    const dlUrl = new URL(dl.body.obs_url);
    const got2 = await request(emu.app).get(dlUrl.pathname + dlUrl.search);
    expect(got2.headers['content-disposition']).toMatch(/attachment/);
  });
});

describe('terminate (§4.7), failures and auto_stop', () => {
  it('terminates a running job and kills its processes', async () => {
    const res = await emu.call(
      'post',
      '/training-jobs',
      scriptJob('long-run', { nodes: 2, params: { steps: '500' } }),
    );
    const id = res.body.metadata.id as string;
    await emu.waitPhase(id, (p) => p === 'Running');
    const tasks = () => emu.rt.v2.state.jobs.find((j) => j.id === id)!.tasks;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      if (tasks().every((t) => typeof t.pid === 'number' && alive(t.pid))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const pids = tasks().map((t) => t.pid!);
    expect(pids.every(alive)).toBe(true);
    const bad = await emu.call('post', `/training-jobs/${id}/actions`, { action_type: 'pause' });
    expect([bad.status, bad.body.error_code]).toEqual([400, 'ModelArts.2812']);
    const missing = await emu.call('post', `/training-jobs/${id}/actions`, {});
    expect([missing.status, missing.body.error_code]).toEqual([400, 'ModelArts.2788']);
    const term = await emu.call('post', `/training-jobs/${id}/actions`, {
      action_type: 'terminate',
    });
    expect(term.status).toBe(202);
    expect(term.body.status).toMatchObject({
      phase: 'Terminating',
      secondary_phase: 'Terminating',
    });
    const done = await emu.waitPhase(id, (p) => p === 'Terminated');
    expect(pids.some(alive)).toBe(false);
    expect(done.status.running_records[0].end_reason).toBe('terminated by the user');
    const again = await emu.call('post', `/training-jobs/${id}/actions`, {
      action_type: 'terminate',
    });
    expect([again.status, again.body.error_code]).toEqual([409, 'ModelArts.2796']);
    const log = await emu.call('get', `/training-jobs/${id}/tasks/worker-1/logs/preview`);
    expect(log.body.content).toContain('Training terminated: terminated by the user');
  });

  it('terminates a job that is still Creating', async () => {
    const res = await emu.call('post', '/training-jobs', scriptJob('early-stop'));
    const term = await emu.call('post', `/training-jobs/${res.body.metadata.id}/actions`, {
      action_type: 'terminate',
    });
    expect(term.body.status.phase).toBe('Terminating');
    const done = await emu.waitPhase(res.body.metadata.id, (p) => p === 'Terminated');
    expect(done.status.tasks).toEqual(['worker-0']);
  });

  it('fails when a worker exits non-zero, with its exit code', async () => {
    const res = await emu.call(
      'post',
      '/training-jobs',
      scriptJob('fails', { params: { exit_code: '3', steps: '1' } }),
    );
    const done = await emu.waitPhase(
      res.body.metadata.id,
      (p) => p === 'Failed' || p === 'Completed',
    );
    expect(done.status.phase).toBe('Failed');
    expect(done.status.task_statuses[0]).toMatchObject({ task: 'worker-0', exit_code: 3 });
    expect(done.status.running_records[0]).toMatchObject({
      end_reason: 'exit with 3',
      end_related_task: 'worker-0',
    });
    const ev = await events(res.body.metadata.id);
    expect(ev.events[0]).toMatchObject({ level: 'Error', source: 'Job' });
  });

  it('ends the job when its auto_stop time is up', async () => {
    const body = { ...scriptJob('auto-stop', { params: { steps: '500' } }) };
    Object.assign(body.spec, { auto_stop: { time_unit: 'HOURS', duration: 1 } });
    const res = await emu.call('post', '/training-jobs', body);
    const done = await emu.waitPhase(
      res.body.metadata.id,
      (p) => p === 'Terminated' || p === 'Failed' || p === 'Completed',
    );
    expect(done.status.phase).toBe('Terminated');
    expect(done.status.running_records[0].end_reason).toMatch(/auto stop/);
    const ev = await events(res.body.metadata.id);
    expect(ev.events[0]!.message).toMatch(/terminated: auto stop/);
  });
});
