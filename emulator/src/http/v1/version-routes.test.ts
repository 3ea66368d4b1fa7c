import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEmulator, type TestEmulator } from '../../test-support.js';
import { seed002DatasetBody, seed002VolumeBody } from '@console/shared/fixtures';

// Versions never leave INIT here: these tests are about the HTTP contract of §3.3–§3.9.
let t: TestEmulator;
let token: string;
beforeAll(async () => {
  t = await createTestEmulator({ timings: { initMs: 600_000 } });
  token = await t.login();
});
afterAll(async () => t.cleanup());

const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
  request(t.app)[method](`/v1/${t.pid}${path}`).set('X-Auth-Token', token);

async function newJob(name: string, body: Record<string, unknown> = seed002DatasetBody) {
  const res = await api('post', '/training-jobs').send({ ...body, job_name: name });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { jobId: Number(res.body.job_id), versionId: Number(res.body.version_id) };
}

const versionBody = (pre: number, patch: Record<string, unknown> = {}) => ({
  job_desc: 'second try',
  config: { ...seed002DatasetBody.config, pre_version_id: pre, ...patch },
});

describe('versions (§3.3, §3.5, §3.6)', () => {
  it('creates V0002 from pre_version_id with the new config, carrying the volumes over', async () => {
    const { jobId, versionId } = await newJob('ver_create', seed002VolumeBody);
    const res = await api('post', `/training-jobs/${jobId}/versions/`).send(
      versionBody(versionId, { parameter: [{ label: 'learning_rate', value: '0.5' }] }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      is_success: true,
      job_id: jobId,
      status: 1,
      version_name: 'V0002',
    });
    expect(res.body).not.toHaveProperty('resource_id');
    const details = await api('get', `/training-jobs/${jobId}/versions/${res.body.version_id}`);
    expect(details.body).toMatchObject({
      pre_version_id: versionId,
      job_desc: 'second try',
      parameter: [{ label: 'learning_rate', value: '0.5' }],
      volumes: seed002VolumeBody.config.volumes,
      nas_mount_path: '/home/work/nas',
      dataset_name: 'dataset-digits',
      dataset_version_name: 'V001',
    });
  });

  it('accepts the create-version page sample (spec_id with pool_id, model_id with app_url)', async () => {
    const { jobId, versionId } = await newJob('ver_page_sample');
    const res = await api('post', `/training-jobs/${jobId}/versions`).send({
      job_desc: 'This is a ModelArts job',
      config: { ...versionBody(versionId).config, model_id: 1, pool_id: 'test-pool' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const details = await api('get', `/training-jobs/${jobId}/versions/${res.body.version_id}`);
    expect(details.body).toMatchObject({
      pool_id: 'test-pool',
      pool_name: 'test-pool',
      model_id: 1,
    });
  });

  it.each([
    [
      'no pre_version_id',
      { pre_version_id: undefined },
      'config.pre_version_id: pre_version_id is required',
    ],
    ['no train_url', { train_url: undefined }, 'config.train_url: train_url is required'],
    ['a bad train_url', { train_url: 'nope' }, 'config.train_url: train_url must be an OBS path'],
    ['volumes', { volumes: [] }, 'Invalid Argument: config'],
    ['two data sources', { data_url: '/usr/data/' }, 'config.data_url: data_url, data_source and'],
  ])('refuses %s with 400 ModelArts.0101 naming the field', async (_label, patch, message) => {
    const { jobId, versionId } = await newJob(`ver_bad_${Math.random().toString(36).slice(2, 8)}`);
    const res = await api('post', `/training-jobs/${jobId}/versions`).send(
      versionBody(versionId, patch),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ is_success: false, error_code: 'ModelArts.0101' });
    expect(res.body.error_message).toContain(message);
  });

  it('refuses an unknown pre_version_id, an unknown dataset and an unknown job', async () => {
    const { jobId, versionId } = await newJob('ver_unknowns');
    const pre = await api('post', `/training-jobs/${jobId}/versions`).send(versionBody(999));
    expect(pre.status).toBe(400);
    expect(pre.body.error_message).toContain('config.pre_version_id: version 999 does not exist');
    const ds = await api('post', `/training-jobs/${jobId}/versions`).send(
      versionBody(versionId, { dataset_version_id: 'nope' }),
    );
    expect(ds.status).toBe(400);
    expect(ds.body).toMatchObject({ error_code: 'ModelArts.2782' });
    const job = await api('post', '/training-jobs/4242/versions').send(versionBody(versionId));
    expect(job.status).toBe(404);
    expect(job.body.error_code).toBe('ModelArts.2775');
  });

  it('lists versions newest first; page 0 means no paging', async () => {
    const { jobId, versionId } = await newJob('ver_paging');
    for (let i = 0; i < 2; i++)
      await api('post', `/training-jobs/${jobId}/versions`).send(versionBody(versionId));
    const all = await api('get', `/training-jobs/${jobId}/versions?per_page=1`);
    expect(all.body.version_count).toBe(3);
    expect(all.body.versions.map((v: { version_name: string }) => v.version_name)).toEqual([
      'V0003',
      'V0002',
      'V0001',
    ]);
    const page2 = await api('get', `/training-jobs/${jobId}/versions?per_page=2&page=2`);
    expect(page2.body.versions.map((v: { version_name: string }) => v.version_name)).toEqual([
      'V0001',
    ]);
    const bad = await api('get', `/training-jobs/${jobId}/versions?per_page=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.error_message).toContain('per_page: per_page must be 1–1000');
  });

  it('deletes a version (names are not reused) and 404s unknown versions', async () => {
    const { jobId, versionId } = await newJob('ver_delete');
    const v2 = await api('post', `/training-jobs/${jobId}/versions`).send(versionBody(versionId));
    const del = await api('delete', `/training-jobs/${jobId}/versions/${v2.body.version_id}`);
    expect(del.body).toEqual({ is_success: true });
    expect(
      (await api('get', `/training-jobs/${jobId}/versions/${v2.body.version_id}`)).status,
    ).toBe(404);
    const v3 = await api('post', `/training-jobs/${jobId}/versions`).send(versionBody(versionId));
    expect(v3.body.version_name).toBe('V0003');
    const again = await api('delete', `/training-jobs/${jobId}/versions/${v2.body.version_id}`);
    expect(again.status).toBe(404);
    expect(again.body.error_code).toBe('ModelArts.2775');
  });
});

describe('stop and description (§3.8, §3.9)', () => {
  it('stops a pending version (→ 12) and refuses to stop it twice with 409', async () => {
    const { jobId, versionId } = await newJob('stop_pending');
    const stop = await api('post', `/training-jobs/${jobId}/versions/${versionId}/stop`);
    expect(stop.body).toEqual({ is_success: true });
    const details = await api('get', `/training-jobs/${jobId}/versions/${versionId}`);
    expect(details.body.status).toBe(12);
    const twice = await api('post', `/training-jobs/${jobId}/versions/${versionId}/stop`);
    expect(twice.status).toBe(409);
    expect(twice.body.error_code).toBe('ModelArts.2796');
    const missing = await api('post', `/training-jobs/${jobId}/versions/1/stop`);
    expect(missing.status).toBe(404);
  });

  it('modifies the description with field-named validation', async () => {
    const { jobId } = await newJob('desc_edit');
    expect((await api('put', `/training-jobs/${jobId}`).send({ job_desc: '' })).body).toEqual({
      is_success: true,
    });
    const missing = await api('put', `/training-jobs/${jobId}`).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error_message).toBe('Invalid Argument: job_desc: job_desc is required');
    const long = await api('put', `/training-jobs/${jobId}`).send({ job_desc: 'x'.repeat(257) });
    expect(long.body.error_message).toContain('job_desc must be at most 256 characters');
    expect((await api('put', '/training-jobs/4242').send({ job_desc: 'a' })).status).toBe(404);
  });
});

describe('job list filters (§3.2)', () => {
  it('filters by status and search_content, sorts, pages and validates', async () => {
    for (const n of ['flt_b', 'flt_a', 'flt_c']) await newJob(n);
    const stopped = await newJob('flt_stopped');
    await api('post', `/training-jobs/${stopped.jobId}/versions/${stopped.versionId}/stop`);
    const names = (res: request.Response) =>
      res.body.jobs.map((j: { job_name: string }) => j.job_name);

    const byStatus = await api('get', '/training-jobs?status=12&search_content=flt');
    expect(names(byStatus)).toEqual(['flt_stopped']);
    const asc = await api(
      'get',
      '/training-jobs?search_content=FLT_&sortBy=job_name&order=asc&per_page=2&page=2',
    );
    expect(asc.body.job_total_count).toBe(4);
    expect(names(asc)).toEqual(['flt_c', 'flt_stopped']);
    const byTime = await api(
      'get',
      '/training-jobs?search_content=flt_&sortBy=create_time&order=desc&per_page=1',
    );
    expect(names(byTime)).toEqual(['flt_stopped']);
    const byStatusSort = await api(
      'get',
      '/training-jobs?search_content=flt_&sortBy=status&order=desc&per_page=1',
    );
    expect(names(byStatusSort)).toEqual(['flt_stopped']);
    for (const [query, field] of [
      ['sortBy=nope', 'sortBy'],
      ['order=up', 'order'],
      ['page=0', 'page'],
      ['status=x', 'status'],
      [`search_content=${'x'.repeat(65)}`, 'search_content'],
    ]) {
      const bad = await api('get', `/training-jobs?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error_message).toContain(`${field}:`);
    }
  });

  it('creates a job without a version when create_version is false', async () => {
    const res = await api('post', '/training-jobs').send({
      ...seed002DatasetBody,
      job_name: 'no_version',
      config: { ...seed002DatasetBody.config, create_version: false },
    });
    expect(res.body).toMatchObject({ is_success: true, version_id: null });
    const versions = await api('get', `/training-jobs/${res.body.job_id}/versions`);
    expect(versions.body.version_count).toBe(0);
    const first = await api('post', `/training-jobs/${res.body.job_id}/versions`).send(
      versionBody(1),
    );
    expect(first.body.version_name).toBe('V0001');
  });
});
