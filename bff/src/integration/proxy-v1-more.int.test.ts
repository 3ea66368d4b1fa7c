import { setTimeout as sleep } from 'node:timers/promises';
import { writeObsFile } from '@console/emulator/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawText } from '../test-support/raw-text.js';
import { CSRF, startStack, type Stack } from '../test-support/stack.js';

const QUICK = 'for i in range(1, 4):\n    print(f"QUICK {i} 損", flush=True)\n';
const SLOW = 'import time\nprint("SLOW start", flush=True)\ntime.sleep(60)\n';
const DATASET = { id: '4AZNvFkN7KYr5EdhFkH', version: 'UOF9BIeSGArwVt0oI6T' };
const CONFIG = {
  worker_server_num: 1,
  app_url: '/console-tests/v1/',
  boot_file_url: '/console-tests/v1/quick.py',
  engine_id: 4,
  spec_id: 7,
  data_url: '/console-tests/data/',
  train_url: '/console-tests/out/',
};

describe('BFF against a real emulator: versions, stop, configs, built-ins, datasets', () => {
  let s: Stack;
  let cookie: string;
  const get = (p: string) => request(s.base).get(p).set('Cookie', cookie);
  const send = (m: 'post' | 'put' | 'delete', p: string, body?: object) => {
    const r = request(s.base)[m](p).set('Cookie', cookie).set(CSRF);
    return body ? r.send(body) : r;
  };
  const waitStatus = async (job: number, version: number, done: (st: number) => boolean) => {
    for (let i = 0; i < 150; i++) {
      const r = await get(`/api/v1/training-jobs/${job}/versions/${version}`);
      if (done(Number(r.body.status))) return Number(r.body.status);
      await sleep(200);
    }
    throw new Error('status never reached');
  };

  beforeAll(async () => {
    s = await startStack(100);
    writeObsFile(s.emulator.dataDir, '/console-tests/v1/quick.py', QUICK);
    writeObsFile(s.emulator.dataDir, '/console-tests/v1/slow.py', SLOW);
    writeObsFile(s.emulator.dataDir, '/console-tests/data/readme.txt', 'no data needed\n');
    cookie = await s.login();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('saves, lists, reads, modifies and deletes a training-job configuration', async () => {
    const body = { config_name: 'bff_cfg', config_desc: 'from the BFF', ...CONFIG };
    await send('post', '/api/v1/training-job-configs', body).expect(200);
    const list = await get('/api/v1/training-job-configs?per_page=100').expect(200);
    expect(list.body.configs.map((c: { config_name: string }) => c.config_name)).toContain(
      'bff_cfg',
    );
    const { config_name: _name, ...rest } = body;
    await send('put', '/api/v1/training-job-configs/bff_cfg', {
      ...rest,
      data_url: undefined,
      dataset_id: DATASET.id,
      dataset_version_id: DATASET.version,
    }).expect(200);
    const details = await get('/api/v1/training-job-configs/bff_cfg').expect(200);
    expect(details.body.dataset_id).toBe(DATASET.id);
    await send('delete', '/api/v1/training-job-configs/bff_cfg').expect(200);
    const gone = await get('/api/v1/training-job-configs/bff_cfg');
    expect([gone.status, gone.body.error_code]).toEqual([404, 'ModelArts.0105']);
    expect(gone.body.error_msg).toContain('TrainingJobConfigNotFound');
  });

  it('lists built-in algorithms and walks the dataset picker (/api/v2/datasets…)', async () => {
    const algos = await get('/api/v1/built-in-algorithms?per_page=10').expect(200);
    expect(algos.body.models.length).toBeGreaterThan(0);
    await s.clearRequests();
    const list = await get('/api/v2/datasets?limit=100').expect(200);
    expect(list.body.datasets.map((d: { dataset_id: string }) => d.dataset_id)).toContain(
      DATASET.id,
    );
    await get(`/api/v2/datasets/${DATASET.id}`).expect(200);
    const versions = await get(`/api/v2/datasets/${DATASET.id}/versions`).expect(200);
    expect(versions.body.versions.map((v: { version_id: string }) => v.version_id)).toContain(
      DATASET.version,
    );
    await get(`/api/v2/datasets/${DATASET.id}/versions/${DATASET.version}`).expect(200);
    const paths = (await s.requests()).map((r) => r.path);
    expect(paths[0]).toBe(`/v2/${s.emulator.projectId}/datasets`);
  });

  it('creates a version (trailing slash), stops it, edits the description, deletes a version; downloads a log', async () => {
    const job = await send('post', '/api/v1/training-jobs', {
      job_name: 'bff_versions',
      config: CONFIG,
    });
    expect(job.status, JSON.stringify(job.body)).toBe(200);
    const jobId = Number(job.body.job_id);
    const v1 = Number(job.body.version_id);
    expect(await waitStatus(jobId, v1, (st) => st === 10 || st === 11)).toBe(10);

    const v2 = await send('post', `/api/v1/training-jobs/${jobId}/versions/`, {
      job_desc: 'second run',
      config: { ...CONFIG, boot_file_url: '/console-tests/v1/slow.py', pre_version_id: v1 },
    });
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    const v2Id = Number(v2.body.version_id);
    const versions = await get(`/api/v1/training-jobs/${jobId}/versions`).expect(200);
    expect(versions.body.versions.length).toBe(2);
    await waitStatus(jobId, v2Id, (st) => st === 8);
    await send('post', `/api/v1/training-jobs/${jobId}/versions/${v2Id}/stop`).expect(200);
    expect(await waitStatus(jobId, v2Id, (st) => st === 12)).toBe(12);
    await send('put', `/api/v1/training-jobs/${jobId}`, { job_desc: 'edited' }).expect(200);

    const file = await get(`/api/logs/v1/${jobId}/${v1}/download?log_file=job-bff-versions.0`)
      .buffer(true)
      .parse(rawText);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="job-bff-versions.0.log"',
    );
    expect(String(file.body)).toContain('QUICK 1 損\nQUICK 2 損\nQUICK 3 損\n');

    await send('delete', `/api/v1/training-jobs/${jobId}/versions/${v1}`).expect(200);
    const after = await get(`/api/v1/training-jobs/${jobId}/versions`).expect(200);
    expect(after.body.versions.length).toBe(1);
  }, 60_000);
});
